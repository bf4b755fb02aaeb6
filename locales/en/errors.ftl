# What is wrong inside a file (a profile, a team, a rating request or a rating), in the
# words of the command line and of the second line of an error in the window. The file's name
# comes before these ("team.ron: member 2: ..."), so they start in lower case. Text between
# backticks is what the file holds or must hold; leave it as it is.

## The `format` and `version` fields.
format-other = its format is `{ $found }`, not `{ $expected }`
format-missing = it has no `format: "{ $expected }"` field
format-no-version = it has no `version` field; add `version: { NUMBER($version, useGrouping: "false") }` after `format`

## Profiles.
profile-empty = the file is empty; a profile starts with `(format: "{ $format }", version: { NUMBER($version, useGrouping: "false") },`
# $problem is one of the format-* messages.
profile-not-a-profile = this is not a { -app-name } profile: { $problem }
profile-missing-version = the profile has no `version` field; add `version: { NUMBER($version, useGrouping: "false") }` after the `format` field
profile-newer-version = this profile is in format version { $version }, which needs a newer { -app-name }; this one reads format versions { $oldest } to { $current }. The file was left unchanged
profile-unknown-version = format version { $version } does not exist; profile versions start at { $oldest }
# $number counts the profile's ratings from 1; $reason is one of the answer-* messages.
profile-rating = rating { $number }: { $reason }
# $detail is the writer's own words (English).
profile-not-written = the profile could not be written: { $detail }

## Teams.
team-file-empty = the file is empty; a team starts with `(format: "{ $format }", version: { NUMBER($version, useGrouping: "false") },`
team-file-not-a-team = this is not a { -app-name } team: { $problem }
team-file-missing-version = the team has no `version` field; add `version: { NUMBER($version, useGrouping: "false") }` after the `format` field
team-file-newer-version = this team is in format version { $version }, which needs a newer { -app-name }; this one reads format version { $current }. The file was left unchanged
team-file-unknown-version = format version { $version } does not exist; team versions start at 1
# $known lists the framework ids, e.g. "`scrum`, `safe`, `less`".
team-file-unknown-framework = the framework `{ $framework }` does not exist; it must be one of { $known }
# $number counts the team's members from 1; $reason is one of the member-* messages.
team-file-member = member { $number }: { $reason }
team-file-duplicate-member = the profile id `{ $id }` is used by two members ({ $first } and { $second }); each person is on a team once
team-file-not-written = the team could not be written: { $detail }

## A member of a team.
member-blank-name = the member with profile id `{ $id }` has no name
member-blank-profile-id = { $name } has no profile id
member-score-out-of-range = { $name }'s quiz result has a score of { $value }; scores go from 0 to 100

## The numbers that describe a team (in a profile, a team file or on the command line).
# $field is the name in the file, e.g. `teams`.
team-input-out-of-range = the team profile's `{ $field }` is { NUMBER($value, useGrouping: "false") }; it must be from { NUMBER($min, useGrouping: "false") } to { NUMBER($max, useGrouping: "false") }

## Rating requests and ratings. $kind is "request" or "rating".
rating-file-empty =
    the file is empty; { $kind ->
        [request] a rating request
       *[rating] a rating
    } starts with `(format: "{ $format }", version: { NUMBER($version, useGrouping: "false") },`
rating-file-wrong-format =
    this is not a { -app-name } { $kind ->
        [request] rating request
       *[rating] rating
    }: { $problem }
rating-file-version =
    this { $kind ->
        [request] rating request
       *[rating] rating
    } is in format version { $version }; this { -app-name } reads version { $current } only. The file was left unchanged
# $whose is "person" (the person rated) or "rater".
rating-file-name-too-long =
    { $whose ->
        [rater] the rater's name
       *[person] the person's `name`
    } is { $chars } characters long; names may have at most { $max }
rating-file-name-control =
    { $whose ->
        [rater] the rater's name
       *[person] the person's `name`
    } holds a control character; names are one line of text
rating-file-no-items = the rating request lists no items to rate
rating-other-profile = this rating is for { $name }'s profile (id { $id }), not for this one; open { $name }'s profile to add it
rating-no-profile-id = this profile has never been saved, so no rating can be for it yet; save it first

## Answers to the quiz (in a profile, a rating or a rating request).
answer-unknown-item = the answers name quiz item `{ $item }`, which does not exist
answer-time-without-answer = `answer_times` gives a time for quiz item `{ $item }`, which has no answer; remove that time or answer the item
answer-not-rated = quiz item `{ $item }` is an interest item; a rating answers skill items only, since only the person can say what they would enjoy
answer-repeated = quiz item `{ $item }` is listed more than once
answer-out-of-range = the answer to quiz item `{ $item }` is { $value }; answers go from 0 to { $max }
answer-incomplete = { $missing } of { $total } quiz items are not answered yet

## Reading and writing files, on the command line. The file's path comes before these.
# $kind is "profile", "team" or "rating".
storage-too-large =
    the file is { $size } bytes, over the { $limit }-byte ({ $mib } MiB) limit for a { $kind ->
        [team] team file
        [rating] rating file
       *[profile] profile
    }; it was not read
storage-too-large-stream =
    the file holds more than the { $limit }-byte ({ $mib } MiB) limit for a { $kind ->
        [team] team file
        [rating] rating file
       *[profile] profile
    }
# $detail is the operating system's own words.
storage-read = could not read the file: { $detail }
# $file-kind is "folder", "device", "pipe", "socket" or "other".
storage-not-a-file =
    this is { $file-kind ->
        [folder] a folder
        [device] a device
        [pipe] a pipe
        [socket] a socket
       *[other] a special file
    }, not a file that can be read
storage-nothing-written = nothing was written to it within { $seconds } s; is it a pipe nobody writes to?
storage-stalled = the pipe sent { $bytes } bytes and then nothing more for { $seconds } s; reading stopped
storage-not-replaceable =
    could not save: this is { $file-kind ->
        [folder] a folder
        [device] a device
        [pipe] a pipe
        [socket] a socket
       *[other] a special file
    }, not a regular file; nothing was written
# The line and column come before this; $byte is written in hexadecimal, e.g. "0xa5".
storage-not-utf8 = the file is not UTF-8 text (byte { $byte } cannot start or continue a character); profiles are saved as UTF-8
storage-newer-team-on-disk = this file is in team format version { $version }, from a newer { -app-name } (this one writes version { $current }); it was not overwritten. Save under another name
storage-other-document = this file holds a `{ $format }` document, not a team, so it was not overwritten; save the team under another name
storage-newer-on-disk = this file is in profile format version { $version }, from a newer { -app-name } (this one writes version { $current }); it was not overwritten. Save under another name
storage-read-only = the file is read-only, so it was not overwritten; save under another name or make it writable
storage-write = could not save: { $detail }. The file on disk was not changed
storage-sync-folder = saved, but the folder could not be flushed to disk ({ $detail }); the save may not survive a power cut
# $problem is the checker's own words (English).
storage-bad-recovery = not a usable recovery file: { $problem }
storage-no-data-dir = no folder for app data was found; set { $variable } to choose one
