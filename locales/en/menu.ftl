# The menu bar.

## File
menu-file = File
menu-new = New
menu-open = Open...
menu-open-recent = Open Recent
menu-save = Save
menu-save-as = Save As...
menu-export = Export...
menu-profile-details = Profile details...
menu-ask-rating = Ask for a rating...
    .hover = Write a request that someone who knows your work can answer
menu-add-rating = Add a rating...
    .hover = Add a rating someone sent back to this profile
menu-quit = Quit

## File > Open Recent
menu-recent-none = No recent files
# $path: the file's path.
menu-recent-missing = { $path } (missing)
    .hover = This file is no longer there
menu-recent-clear = Clear the list

## View
menu-view = View
menu-screen = Screen
menu-theme = Theme
menu-theme-system = Follow system
menu-theme-light = Light
menu-theme-dark = Dark
menu-language = Language
menu-zoom = Zoom: Ctrl + and Ctrl - to change, Ctrl 0 to reset

## Help
menu-help = Help
menu-about = About { -app-name }

## The modifier keys in shortcuts, as the keys are labelled on this language's keyboards.
key-alt = Alt
key-ctrl = Ctrl
key-shift = Shift
