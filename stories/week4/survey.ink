// Week 4, Monday in the executive suite. Barrier: status. Level: organisation.
// The mid-quarter staff pulse survey lands; who reads it how, and who speaks up about it.

VAR w4_survey_shared = false

=== w4_survey ===
# title The pulse survey
# barrier status
# place exec
# day Monday
# week 4
# level organisation
{here:
    Monday, eight thirty, the executive team's weekly meeting in Riverside House. The mid-quarter pulse survey is item one, which means somebody thinks it matters, or somebody wants it over with.
- else:
    The pulse survey results arrive by email on Monday afternoon, after the executive team has already discussed them. The covering note says the conversation was "constructive".
}
Four hundred and twelve staff from the medical wards, ED and theatres answered: just over a third. The headline slide:
"I would recommend this organisation as a place to work": 49%.
"Healthcare professionals and managers work well together": 38%. Nationally, years ago, the figure was 45%. Alderbank has never reached it.
"Senior managers act on staff feedback": 24%.
{pressing:
- "organisation":
    The lowest-scoring item of all is "I am consulted about changes that affect my work": 17%. The free-text comments say the same thing in different words: decisions arrive from Riverside House fully formed, by email, at seven in the morning. # clue organisation
- "department":
    The scores vary wildly by department. Surgery and ED sit near the trust average. Medicine is fifteen points below on every item, and its free-text comments are about the division: its rota, its meetings, who gets heard. # clue department
- else:
    The trust-wide scores are middling. The free-text comments are specific: named teams, named habits. "On some wards the consultant asks the nurses; on others we're furniture." Same department, same trust, different teams. # clue practice
}
{here:
    Janet Cole reads it as system pressure. The scores are what you'd expect at ninety-five per cent occupancy. Fix the beds and the morale follows. # speaker cole neutral # clue organisation
    Dr Marsh reads it as a few individuals. Most of our consultants are excellent. There are three or four who set the tone, and we know who they are. # speaker marsh neutral # clue practice
}
{role == "clinician":
    You are the only clinician at the table. Everyone turns to you when the survey says clinicians feel unheard, as if you were the clinicians.
- else:
    You are the division's manager. Everyone turns to you when medicine's numbers come up, as if you had filled in four hundred forms yourself.
}
* [Ask to see the free-text comments in full, not the summary # hours -1]
    # trust.clinicians +1
    # skill listening
    ~ w4_survey_shared = true
    The HR lead says the comments are "quite raw". You say that is why you want them. She sends them at lunchtime: forty pages, some furious, some funny, some heartbreaking.
    One from a night HCA says: "Nobody tells nights anything. We find out about changes from the patients."
* [Agree with Janet: fix the beds first]
    # trust.executives +2
    # trust.clinicians -1
    # later 3 trust.clinicians -1
    You agree. It is true that the beds are the pressure. It is also what the survey says people are tired of hearing.
* [Agree with Dr Marsh: it is a few individuals]
    # trust.leaders +1
    # trust.clinicians -2
    # later 3 trust.leaders -1
    You agree. It is easier to talk about three or four consultants than about four hundred staff.
* {role == "manager"} [Present the results against the trust's KPIs and the CQC well-led domain]
    # jargon
    # trust.executives +1
    # trust.clinicians -1
    You map the survey onto the CQC well-led framework and the workforce KPIs. It is thorough and useful to the board. The wards will never see it.
- Janet wants a response plan by Friday, and she wants the people the survey is about involved.
Who turns up to the Friday session on the survey depends on who believes anything will come of it.
{open_okafor:
    Grace Okafor comes, and brings two staff nurses, which is a statement.
- else:
    Grace Okafor sends her apologies: short-staffed.
}
{open_nair:
    Priya Nair comes straight from a night shift and speaks first, which nobody expected.
- else:
    ED is not represented.
}
{open_bello:
    Ade Bello comes in on his day off, sits at the back, and at the end hands you a list of six things nights would change. All six are free.
}
{open_achterberg:
    Mr Achterberg comes to defend surgery's scores and stays to talk about medicine's, which he turns out to have opinions about.
- else:
    The consultants send a written statement signed "the consultant body".
}
* [Commit to a trust-wide rule: staff consulted before changes that affect their work]
    # intervene organisation
    # trust.executives -1
    # skill communication
    You propose that any change affecting ward work is shared with the staff affected a fortnight before it starts, and that the board asks, every time, whether this has happened. Janet agrees, after a pause.
* [Take medicine's results to the division and let the division own the response]
    # intervene department
    # trust.leaders +1
    # skill understanding
    You ask the division to own its results: a divisional meeting, with nurses, registrars and HCAs in the room, and a response written by them.
* [Share each team's comments with that team, and help them act on one thing]
    # intervene practice
    # trust.clinicians +1
    # hours -1
    # skill listening
    You send every ward and team its own comments and ask each to pick one thing to change by the end of the quarter. It is slower and messier than a plan. Each team's one thing is different.
* [Launch a trust-wide engagement campaign: "You said, we did"]
    # budget -1
    # trust.executives +1
    # later 3 trust.clinicians -2
    Posters go up by Wednesday. On Larch someone adds, in biro, under "You said": "we said it last year too".
- {w4_survey_shared:
    You keep the printout of the night HCA's comment in your notebook. You are not sure why.
}
The next survey is in the spring. After the meeting Janet catches you by the lift.
I need those numbers up by spring. Can you promise me that? # speaker cole neutral
* [Promise her the numbers will go up]
    # trust.cole +2
    # later 4 trust.executives -2
    You promise. She looks relieved. You have just promised something that four hundred other people control.
* [Promise her the comments will be answered, not the numbers]
    # trust.cole +1
    # skill communication
    She frowns, then nods. Answered how? # speaker cole neutral
    In person, where it's possible. By the people who can change something. The numbers will follow or they won't.
    She says that is "not a very board-friendly answer". She writes it down anyway.
* [Tell her the survey is measuring Riverside House as much as the wards]
    # trust.cole -1
    # trust.clinicians +1
    It is a risky thing to say in a lift. Janet looks at the floor indicator for three floors.
    Then she says: go on. # speaker cole worried
    You tell her what the comments say about decisions arriving by email. She listens all the way to the ground floor, and then for two minutes more in the lobby.
- -> scene_end
