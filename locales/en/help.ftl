# The command line's --help, word for word as the clap definitions in src/cli.rs have it
# (a test keeps them the same). Ids: help-<command path>-about, -long-about, -arg-<id>.

help-career-explorer-about = Compare the Product Manager and Product Owner roles, decide whether a team needs one person or two, and take a career-fit quiz.
help-career-explorer-long-about =
    Compare the Product Manager and Product Owner roles, decide whether a team needs one person or two, and take a career-fit quiz.

    With no command it opens the window, on FILE when one is given. With a command it runs without a window and prints its answer; bad input gives a message on standard error and exit code 2.
help-career-explorer-arg-file = A profile or a team (.ron) to open in the window
help-career-explorer-arg-screen = Open the window on this screen
help-career-explorer-arg-zoom = Start at this zoom, in percent (as Ctrl + and Ctrl - set it), e.g. 200 for large text
help-career-explorer-arg-lang = Language of the window, the reports, the messages and this help: en or de (by default the system's)
help-career-explorer-advise-about = Print whether the team in a profile needs one person or two for the PM and PO roles, and why
help-career-explorer-advise-arg-file = The profile to read; `-` reads it from standard input
help-career-explorer-advise-arg-json = Print one JSON object instead of text
help-career-explorer-quiz-about = Work with the career-fit quiz
help-career-explorer-quiz-score-about = Print the quiz result for the answers in a profile
help-career-explorer-quiz-score-arg-file = The profile to read; `-` reads it from standard input
help-career-explorer-quiz-score-arg-json = Print one JSON object instead of text
help-career-explorer-quiz-score-arg-partial = Score an unfinished quiz on the items answered so far
help-career-explorer-quiz-rating-request-about = Write a request someone who knows your work can answer with a rating of your skills. A profile saved before profiles had ids is given one and saved back first
help-career-explorer-quiz-rating-request-arg-file = The profile; `-` reads it from standard input (it must then have an id)
help-career-explorer-quiz-rating-request-arg-output = The request to write, atomically; `-` writes it to standard output
help-career-explorer-quiz-add-rating-about = Add ratings to a profile. Every rating is read first: if any cannot be read or is for another profile, nothing is added and the profile is left as it was
help-career-explorer-quiz-add-rating-arg-file = The profile to add them to; it is saved back atomically
help-career-explorer-quiz-add-rating-arg-ratings = The rating files, as raters sent them back
help-career-explorer-export-about = Write a report of a profile (its advice, quiz result, earlier attempts and notes) or of a team file (its people, coverage and seats)
help-career-explorer-export-arg-file = The profile or team file to read; `-` reads it from standard input
help-career-explorer-export-arg-format = The report's format
help-career-explorer-export-arg-output = Where to write it; `-` writes to standard output. Written atomically: on any error nothing is written
help-career-explorer-export-arg-anonymise = Name the people "Member 1", "Member 2", ... in a team report (team files only)
help-career-explorer-team-about = Work with teams: summarize profiles as a team, or write a team file
help-career-explorer-team-summarize-about = Print who covers each responsibility and who should hold which seat, for the people in the given profiles. Files that cannot be read are skipped and listed
help-career-explorer-team-summarize-arg-paths = Profiles, or folders of them (their `*.ron` files, not recursively)
help-career-explorer-team-summarize-arg-engineers = Engineers, 1-100000 [default: the form's, 8]
help-career-explorer-team-summarize-arg-teams = Product teams, 1-1000 [default: the form's, 1]
help-career-explorer-team-summarize-arg-research = Market research: none, part-time or full-time [default: the form's, part-time]
help-career-explorer-team-summarize-arg-backlog_complexity = Backlog complexity, 1-5 [default: the form's, 2]
help-career-explorer-team-summarize-arg-switching = Switching between strategy and execution, 1 (costly) to 5 (easy) [default: the form's, 4]
help-career-explorer-team-summarize-arg-speed_priority = Speed or specialisation, 1 (specialisation) to 5 (speed) [default: the form's, 4]
help-career-explorer-team-summarize-arg-framework = How many product owners a split needs: scrum, safe or less (from the advisor data) [default: the first, scrum]
help-career-explorer-team-summarize-arg-json = Print one JSON object instead of text
help-career-explorer-team-new-about = Write a team file with the people in the given profiles: their names and latest quiz results, never their notes or answers
help-career-explorer-team-new-arg-paths = { help-career-explorer-team-summarize-arg-paths }
help-career-explorer-team-new-arg-engineers = { help-career-explorer-team-summarize-arg-engineers }
help-career-explorer-team-new-arg-teams = { help-career-explorer-team-summarize-arg-teams }
help-career-explorer-team-new-arg-research = { help-career-explorer-team-summarize-arg-research }
help-career-explorer-team-new-arg-backlog_complexity = { help-career-explorer-team-summarize-arg-backlog_complexity }
help-career-explorer-team-new-arg-switching = { help-career-explorer-team-summarize-arg-switching }
help-career-explorer-team-new-arg-speed_priority = { help-career-explorer-team-summarize-arg-speed_priority }
help-career-explorer-team-new-arg-framework = { help-career-explorer-team-summarize-arg-framework }
help-career-explorer-team-new-arg-name = The team's name
help-career-explorer-team-new-arg-output = The team file to write, atomically. A team file from a newer Career Explorer, or a file holding another kind of document, is never overwritten

## clap's own headings and flags.
help-heading-usage = Usage:
help-heading-arguments = Arguments
help-heading-options = Options
help-heading-commands = Commands
help-flag-help = Print help
help-flag-version = Print version
