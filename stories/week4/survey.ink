// Week 4, Monday in the executive suite. Barrier: status. Level: organisation.
// The mid-quarter staff pulse survey lands; who reads it how, and who speaks up about it.
// The worst item on the slide follows the hidden level (the puzzle). The player answers for
// medicine as its clinical director or general manager, never as an outsider to it.

VAR w4_survey_shared = false
VAR w4_huddle_rule = false   // the GM ruled that medicine's changes go to every ward's huddle, nights included, two weeks ahead

=== w4_survey ===
# title The pulse survey
# barrier status
# place exec
# day Monday
# week 4
# level organisation
{here:
    Monday, half past eight, the executive team's meeting in Riverside House. Each division's leadership is invited for item one: the mid-quarter pulse survey.
- else:
    The pulse survey results arrive by email on Monday afternoon, after the executive team has discussed them. The covering note calls the discussion "constructive".
}
Four hundred and twelve staff from the medical wards, ED and theatres answered it: just over a third of those asked. Its few questions are worded as in the national NHS Staff Survey, and each result is the share who agreed.
"Healthcare professionals and managers work well together": 38%. "Senior managers act on staff feedback": 24%.
Beside them, the NHS Staff Survey's national figures, years old: 45% for the first (2009), 30% for the second (2010).
{pressing:
- "organisation":
    The lowest item is "I am involved in deciding on changes that affect my work area": 17%. The comments say it many ways: decisions arrive from Riverside House fully formed, by email, at seven in the morning. # clue organisation
- "department":
    The scores vary by division. Surgery and ED sit near the trust average. Medicine is fifteen points below on every item, and its comments are about the division: its rota, its meetings, who gets heard. # clue department
- else:
    The trust-wide scores are middling. The comments are specific: named teams, named habits. "On some wards the consultant asks the nurses; on others we're furniture." Same division, different teams. # clue practice
}
{here:
    These are the scores you get at ninety-four per cent occupancy. Fix the beds and morale follows. # speaker cole neutral # clue organisation
    Most of our consultants are excellent. Three or four set the tone on their wards. A plan won't change that; a conversation might. # speaker marsh neutral # clue practice
- else:
    The minutes record two readings. Janet Cole: system pressure; fix the beds and morale follows. # clue organisation
    Dr Marsh: three or four consultants set the tone on their wards, and it needs conversations, not a plan. # clue practice
}
{role == "clinician":
    One quote you know word for word; a registrar said it to you on last week's take: "We don't raise things any more. What's the point?" # aside
- else:
    You know the figures behind these ones: medicine's sickness absence at 6.1%, and nights leaning on agency. # aside
}
* [Ask for the free-text comments in full # hours -1]
    # trust.clinicians +1
    # skill listening
    ~ w4_survey_shared = true
    HR say they are "quite raw". That is why you want them, and the ward sisters hear you asked. Forty pages arrive at lunchtime: furious, funny, heartbreaking.
    A night HCA writes: "Nobody tells nights anything. We find out about changes from the patients."
* [Agree with Janet: fix the beds first]
    # trust.executives +2
    # later 3 trust.clinicians -2 why Staff heard "fix the beds" again, and nothing they wrote in the survey was answered
    You agree. The beds are the pressure. {here:Janet moves to item two.|Janet replies: noted.}
* [Agree with Dr Marsh: it sits with a few consultants]
    # trust.leaders +1
    # later 3 trust.leaders -1 why Word reached the consultants that the survey was being put down to a few of them
    # later 3 trust.clinicians -2 why The wards heard their survey had been put down to a few consultants, and their comments set aside
    You agree, and Dr Marsh's reply is one word: thanks.
* {role == "manager"} [Map the results onto the KPIs and CQC's well-led key question]
    # trust.executives +1
    # trust.clinicians -1
    You map the survey onto CQC's well-led quality statements and the workforce KPIs. The board pack gets a new page; a copy reaches the ward sisters as a table of KPIs, and they read it as one.
- Janet wants medicine's response by Friday, written with the people it is about. # request executives
{open_quinn:
    Bernie Quinn rings every ward sister herself, so on Friday the nurses come, nights included.
- else:
    On Friday, half the chairs are empty. Bernie Quinn sends apologies: a staffing gap on two wards.
}
{open_okafor:
    Grace Okafor brings two staff nurses, which is a statement.
}
{open_nair:
    Priya Nair comes in off a night on the take, says her piece first, which nobody expected, and goes home to sleep before anyone can thank her.
- else:
    The registrars are on the take. None of them comes.
}
{open_bello:
    Ade Bello comes in on his day off and hands you a list of six things nights would change. All six are free.
}
Two consultants come. The rest send a statement signed "the consultant body".
* [Ask Janet for a trust rule: staff hear of changes first]
    # intervene organisation
    # trust.executives -1
    # skill communication
    You put it to Janet: any change to ward work goes to the staff affected a fortnight before it starts, and the board asks each time whether it did. After a pause, she agrees, from Monday, for her own office's changes.
* [Write medicine's response with its wards, not for them]
    # intervene department asked executives
    # trust.clinicians +1
    # skill understanding
    You tear up the draft. Medicine's response becomes a monthly divisional meeting where nurses, registrars and HCAs set the agenda, and you and your two colleagues answer to it. Janet gets her page on Friday: the first meeting's date, and who sets its agenda.
* [Give each team its own comments and one thing to change]
    # intervene practice
    # trust.clinicians +1
    # hours -1
    # skill listening
    Every ward and team gets its own comments and picks one thing to change by the end of the quarter. It is slower and messier than a plan.
* [Back the trust's "You said, we did" poster campaign]
    # trust.executives +1
    # later 3 trust.clinicians -2 why The posters went up on wards where nothing else had changed
    # finding staff_survey
    Posters go up by Wednesday. On Larch someone adds in biro, under "You said": "we said it last year too".
* {role == "clinician"} [Ask Dr Marsh which consultants she means, and see each one yourself # authority peer # hours -2]
    # intervene practice
    # trust.leaders -1
    # skill communication
    She gives you four names. You see each in your office, not theirs, with coffee. Two will ask their nurses first from tomorrow. One asks who complained. The fourth says he had no idea.
* {role == "manager"} [Rule that medicine's changes go to ward huddles two weeks ahead # authority process]
    # intervene department
    # later 2 budget -1 why Two savings schemes started a fortnight late, waiting for every ward's huddle
    # skill communication
    ~ w4_huddle_rule = true
    From now on no change to ward work in medicine goes live until it has been to every ward's huddle, nights included. Two savings schemes start a fortnight late.
- The pulse runs again at the quarter's end, the national survey's results in the spring. On Friday evening Janet catches you by the lift in Riverside House.
I need those numbers up by the end of the quarter. Can you promise me that? # speaker cole neutral
* [Promise her the numbers will go up]
    # trust.cole +2
    # later 4 trust.executives -2 why Janet told the board the scores would rise, and had nothing to show when asked how
    You promise. She looks relieved, and goes up to tell the chief executive.
* [Promise her the comments will be answered, not the numbers]
    # trust.cole +1
    # skill communication
    She frowns.
    Answered how? # speaker cole neutral
    In person, by the people who can change something. The numbers will follow or they won't. # speaker you
    She says it is "not a very board-friendly answer". She writes it down anyway.
* [Tell her the survey measures Riverside House as much as the wards]
    # trust.cole -1
    # trust.clinicians +1
    Janet watches the floor indicator for three floors.
    Go on. # speaker cole worried
    You tell her what the staff said, in their words. She listens to the ground floor, and two minutes more in the lobby. On Monday she quotes it, unattributed, at the executive team, and word of it reaches the wards.
- -> scene_end
