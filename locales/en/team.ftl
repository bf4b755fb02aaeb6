# The Team screen's own text. Role, responsibility, framework and seat names, the staffing
# note and what to learn come from data/; people's names from their profiles.

## The form on the left.
team-heading = Team
team-new = New team
team-add-members = Add members...
team-save = Save team
team-form-hint = Open a team with File > Open; drop profiles or folders here to add people.
team-name = Team name
    .hint = e.g. Payments
team-framework = Framework
# Where the chosen framework's rule comes from.
team-framework-source = Source: { $source }

## What the last "Add members" did.
team-unreadable = Could not be read ({ $count })
team-no-result = No result yet ({ $count })
# $names are the people without a result, joined by commas; $count is how many.
team-no-result-list = { $names }: no result yet; they count once they take the quiz.

## The heat map.
team-heat-heading = People by responsibility
team-show = Show
team-measure-skill = Skill
team-measure-interest = Interest
team-measure-fit = Fit
team-sort-by = Sort by
team-sort-name = Name
team-sort-pm-fit = PM fit
team-sort-po-fit = PO fit
team-sort-combined-fit = Combined fit
team-filter = Filter
    .hint = name
    .hover = Show only people whose name contains this (any case)
team-shown = { $shown } of { $total } shown
# The button that removes the selected member.
team-remove = Remove { $name }
team-empty = No members yet. Use Add members..., or drop profiles or a folder of them on the window.
team-no-match = No one matches
team-column-person = Person
team-column-pm = PM
    .hover = Product manager fit
    .name = Product Manager fit
team-column-po = PO
    .hover = Product owner fit
    .name = Product Owner fit
team-column-both = Both
    .hover = Combined fit: one person in both roles
    .name = Combined fit
team-row-hover = Select, then Remove above
# A heat map cell's tooltip: the three numbers, each a number or "none".
team-cell-numbers = Skill { $skill }, interest { $interest }, fit { $fit }
team-cell-none = none
# A cell's shown number and its band: "Skill 75: high".
team-cell-value = { $measure } { $value }: { $band }
team-cell-no-result = No result yet for this
# A heat map cell in words for screen readers: "Skill 75, high".
team-cell-words = { $measure } { $value }, { $band }
team-cell-words-none = no result
# A band's name; $band is low, moderate or high.
team-band = { $band ->
        [low] low
        [moderate] moderate
       *[high] high
    }

## The staffing on the right.
team-staffing-heading = Staffing
team-clear-pins = Clear pins
team-reasons = Reasons
# A product owner seat when the framework asks for several: "Product Owner 2". $seat is the
# seat's name from data/advisor.ron; a no-break space keeps the number on its line.
team-seat-numbered = { $seat } { $number }
team-holder = { $name }: fit { $fit } ({ $band })
team-why-pinned = Why: you pinned them here.
team-why-elsewhere = Why: { $name } fits this seat better ({ $fit }) but is needed as { $seat }; the seats together fit best this way.
team-why-same-seats = Why: only the other product owners fit it better.
team-why-fittest = Why: nobody on the team fits this seat better.
team-seat-unfilled = Nobody left with a result for this seat
team-next-nobody = Next: nobody
team-next = Next: { $name } (fit { $fit })
team-pin-cost = This pin costs { $cost ->
        [one] { $cost } fit point
       *[other] { $cost } fit points
    }
team-total-fit = Total fit { $total } (best without pins { $best }); the pins cost { $cost ->
        [one] { $cost } fit point
       *[other] { $cost } fit points
    }
# The pin list of one seat.
team-pin = Pin { $seat }
team-pin-automatic = Automatic
team-pin-candidate = { $name } ({ $fit })

## Why seats could not be filled as pinned.
team-error-unknown-framework = The framework “{ $framework }” does not exist.
team-error-no-such-seat = There is no { $seat } seat now; the advice for this team has other seats.
team-error-unknown-member = No member has the profile id “{ $id }”.
team-error-seat-pinned-twice = The { $seat } seat is pinned twice; a seat holds one person.
team-error-person-pinned-twice = { $name } is pinned to two seats; a person holds one seat.
team-error-no-fit = { $name } cannot be pinned as { $seat }: their quiz result has no fit for that seat yet.

## Who covers what.
team-coverage-heading = Coverage
team-gaps = { $count ->
        [0] No gaps: someone is at least moderate at every responsibility.
        [one] { $count } gap: nobody is at least moderate at it.
       *[other] { $count } gaps: nobody is at least moderate at them.
    }
# The strongest people's names after the first few: "Ana, Bo, Cy and 2 more".
team-strongest-more = { $names } and { $more } more
team-gap = Gap: the strongest is { $names } (skill { $skill })
team-gap-nobody = Gap: nobody has a result for it
team-learn-next = Learn next: { $learn }
team-strongest = Strongest: { $names } (skill { $skill }, { $band })
