# Notices, errors, the file prompt and the window title: what the app says about files and work.

## The window title
# $name: the file's name (or Untitled).
window-title = { $name } - { -app-name }
window-title-unsaved = *{ $name } - { -app-name }
untitled = Untitled
untitled-team = Untitled team
# The name "Save your changes?" gives a document that has no file yet.
unsaved-this-profile = This profile
unsaved-this-team = This team

## A file operation running. $activity: open, save, export, read-one or read-many;
## $file: the file's name; $count: how many files and folders are read.
job-running =
    { $activity ->
        [open] Opening { $file }...
        [save] Saving { $file }...
        [export] Exporting to { $file }...
        [read-many] Reading { $count } profiles and folders...
       *[read-one] Reading { $file }...
    }
# Something else was asked for while it runs.
job-wait =
    { $activity ->
        [open] Please wait: Opening { $file } has not finished
        [save] Please wait: Saving { $file } has not finished
        [export] Please wait: Exporting to { $file } has not finished
        [read-many] Please wait: Reading { $count } profiles and folders has not finished
       *[read-one] Please wait: Reading { $file } has not finished
    }
# Quit was asked for while it runs.
job-closing =
    { $activity ->
        [open] Closing once Opening { $file } has finished
        [save] Closing once Saving { $file } has finished
        [export] Closing once Exporting to { $file } has finished
        [read-many] Closing once Reading { $count } profiles and folders has finished
       *[read-one] Closing once Reading { $file } has finished
    }
# The person stopped waiting for a read that did not answer.
job-stopped =
    { $activity ->
        [open] Stopped waiting: Opening { $file }; the open profile is as it was
        [read-many] Stopped waiting: Reading { $count } profiles and folders; the open profile is as it was
       *[read-one] Stopped waiting: Reading { $file }; the open profile is as it was
    }
# $detail: what the system said.
job-not-started = Could not start the file operation: { $detail }

## Notices in the status bar
notice-new-profile = New profile
notice-new-team = New team
# $path: the file's full path.
notice-opened = Opened { $path }
# After View > Language; $language is its name in itself ("Deutsch").
notice-language = Language: { $language }
notice-saved = Saved { $path }
# $format: the report format (HTML, Markdown, ...).
notice-exported = Exported the { $format } report to { $path }
notice-restored = Restored autosaved work; save it to keep it
# $name: the member's name.
notice-member-removed = Removed { $name } from the team
# What Add members did. $added: new members; $updated: members replaced by a newer snapshot.
members-added = Added { $added }, updated { $updated }
# $names: the members who were already on the team, joined by commas.
members-already-there = (already on the team: { $names })
members-unreadable =
    { $count ->
        [one] { $count } file could not be read
       *[other] { $count } files could not be read
    }
members-no-result =
    { $count ->
        [one] { $count } person has no result yet
       *[other] { $count } people have no result yet
    }

## A second opinion
# $name: whose rating request it is.
notice-rating-request = Rating request from { $name }: answer from what you have seen, then save your rating
notice-rating-stopped = Stopped rating { $name }
notice-rating-empty = Answer at least one item before saving the rating
# Stands for the person rated when their profile has no name.
rating-unnamed = this person
# Stands for the rater when the rating has no name.
rating-anonymous-rater = an anonymous rater
# $rater: who rated; $count: how many people have rated this profile now.
notice-rating-added =
    { $count ->
        [one] Added the rating from { $rater }; { $count } person has rated this profile. Save to keep it.
       *[other] Added the rating from { $rater }; { $count } people have rated this profile. Save to keep it.
    }
notice-rating-already-there = The rating from { $rater } is already in this profile; nothing changed
notice-request-written = Wrote the rating request to { $path }. Send it to someone who knows your work, then add the rating they send back with File > Add a rating.
# $name: whose request it was.
notice-rating-saved = Saved your rating to { $path }. Send the file back to { $name }.
# $doing: closing or stopping.
error-rating-unsaved =
    { $doing ->
        [closing] Your rating of { $name } is not saved yet. Save it with "Save rating" on the Quiz screen, or close again to drop it.
       *[stopping] Your rating of { $name } is not saved yet. Save it with "Save rating" on the Quiz screen, or stop again to drop it.
    }
error-rating-busy = You are rating { $name } and have not saved that rating yet. Save it or stop rating first, then open this request again.
# $name: whose profile the rating is for.
error-rating-no-profile = This rating is for { $name }. Open their profile first (File > Open), then add the rating again.

## Errors. The first line says what failed; $detail is the reason, often from the file's
## checks (in English).
error-open = Could not open { $path }.
error-save-profile = Could not save the profile to { $path }.
error-save-team = Could not save the team to { $path }.
error-save-request = Could not save the rating request to { $path }.
error-save-rating = Could not save your rating to { $path }.
error-export = Could not export the report to { $path }.
error-recovery = Autosaved work was found but cannot be restored.
error-quiz-not-scored = The quiz cannot be scored yet: { $detail }
error-request-not-written = Could not write the request.
error-team-report = Could not make the team report.
error-add-rating = Could not add the rating.
error-not-ron = { $path }: only Career Explorer files (profiles, teams, rating requests and ratings, all .ron) can be opened

## Why a file could not be read or written (the line after the one above).
file-not-found = There is no such file or folder.
file-no-permission = You do not have permission to open it.
# $detail: what the system said.
file-read-failed = It could not be read: { $detail }
# $kind: folder, device, pipe, socket or other.
file-not-a-file =
    { $kind ->
        [folder] It is a folder, not a file that can be read.
        [device] It is a device, not a file that can be read.
        [pipe] It is a pipe, not a file that can be read.
        [socket] It is a socket, not a file that can be read.
       *[other] It is a special file, not one that can be read.
    }
# The same, when saving over it.
file-not-replaceable =
    { $kind ->
        [folder] It is a folder, not a regular file, so nothing was written.
        [device] It is a device, not a regular file, so nothing was written.
        [pipe] It is a pipe, not a regular file, so nothing was written.
        [socket] It is a socket, not a regular file, so nothing was written.
       *[other] It is a special file, not a regular one, so nothing was written.
    }
# $limit: the limit in MiB.
file-too-large = The file is over the { $limit } MiB limit, so it was not read.
# $seconds: how long reading waited.
file-nothing-written = Nothing was written to it within { $seconds } s; is it a pipe nobody writes to?
# $bytes: how much arrived.
file-stalled = The pipe sent { $bytes } bytes and then nothing more for { $seconds } s, so reading stopped.
# $line, $column: where the first bad byte is.
file-not-utf8 = It is not UTF-8 text (line { $line }, column { $column }); Career Explorer files are saved as UTF-8.
file-empty = The file is empty.
file-not-ours = It is not a Career Explorer file.
# $version: the format version the file declares.
file-newer = It is in format version { $version }, which needs a newer { -app-name }. The file was left unchanged.
file-newer-on-disk = The file there is in format version { $version }, from a newer { -app-name }, so it was not overwritten. Save under another name.
file-other-document = The file there holds another kind of document, so it was not overwritten. Save under another name.
file-read-only = The file is read-only, so it was not overwritten. Save under another name or make it writable.
file-no-write-permission = You do not have permission to write there. The file on disk was not changed.
file-no-folder = The folder does not exist. Nothing was written.
file-disk-full = The disk is full. The file on disk was not changed.
file-write-failed = It could not be written: { $detail }. The file on disk was not changed.
file-sync-failed = It was saved, but the folder could not be flushed to disk ({ $detail }); the save may not survive a power cut.
# $variable: the environment variable that names a folder.
file-no-data-folder = No folder for app data was found; set { $variable } to choose one.

## Autosave (the status bar says "Autosave is off because ...")
autosave-no-thread = its worker thread could not start: { $detail }
autosave-stopped = its worker thread stopped

## Saved settings (the status bar says "The defaults are used because ...")
# $detail: what the settings reader said.
settings-unreadable = the saved settings could not be read ({ $detail })
# $path: the settings file.
settings-file-unreadable = { $path } could not be read ({ $detail })

## The file prompt (Open, Save As, Export, ...)
prompt-open = Open a profile or a team
prompt-save-as = Save the profile as
prompt-save-team-as = Save the team as
prompt-export = Export a report
prompt-export-team = Export the team report
prompt-add-members = Add members from their profiles
prompt-save-request = Write a rating request
prompt-add-rating = Add a rating to this profile
prompt-save-rating = Save your rating
# The buttons that carry the prompt out.
prompt-button-open = Open
prompt-button-save = Save
prompt-button-export = Export
prompt-button-add = Add
prompt-button-write = Write
prompt-cancel = Cancel
prompt-browse = Browse...
prompt-format = Format
prompt-anonymise = Anonymise names
    .hover = Write Member 1, Member 2, ... instead of the people's names
prompt-path = Path
    .hint = /home/you/profile.ron
prompt-paths = Paths (one profile or folder a line)
    .hint =
        /home/you/team/ana.ron
        /home/you/team/profiles
# $path: the typed path; $button: the prompt's button (Save, Export, ...).
prompt-replace = { $path } already exists. Press { $button } again to replace it.
prompt-dialog-open = A file dialog is already open.
prompt-nothing-chosen = No file was chosen. If no dialog appeared, type the path above.
# What the system's file dialog offers to show.
filter-profile-or-team = { -app-name } profile or team
filter-profile = { -app-name } profile
filter-team = { -app-name } team
filter-request = { -app-name } rating request
filter-rating = { -app-name } rating
