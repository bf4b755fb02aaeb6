# Notices, errors, the file prompt and the window title: what the app says about files and work.
