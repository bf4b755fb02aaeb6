# The app's dialogs.

## Save your changes?
unsaved-title = Save your changes?
# $name: the file's name, or Untitled.
unsaved-body = { $name } has changes that are not saved.
unsaved-save = Save
unsaved-discard = Discard
unsaved-cancel = Cancel

## Restore unsaved work? (after a crash)
recovery-title = Restore unsaved work?
# $file: the path of the profile that was open.
recovery-closed-file = { -app-name } closed without saving { $file }.
recovery-closed-untitled = { -app-name } closed without saving a profile that was never saved.
# $count: how many answers the autosave holds.
recovery-answers =
    { $count ->
        [one] { $count } quiz answer was autosaved.
       *[other] { $count } quiz answers were autosaved.
    }
recovery-restore = Restore
recovery-discard = Discard autosave

## An error
error-title = Something went wrong
error-ok = OK

## File > Profile details
details-title = Profile details
details-name = Name
details-notes = Notes

## Help > About
about-title = About { -app-name }
# $version: the app's version, e.g. 1.2.0.
about-version = Version { $version }
about-description = Compare the Product Manager and Product Owner roles, decide whether a team needs one person or two, and take a career-fit quiz.
about-disclaimer = These scores come from your own answers to a self-assessment. They are a starting point for a conversation about your career, not the result of a validated psychometric test, and they do not measure ability or predict how well you would do in a role.
