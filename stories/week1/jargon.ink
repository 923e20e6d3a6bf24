// Friday: Marcus Webb's office in Riverside House. Barrier: jargon/background. Level: department.
// Reads mon_promise, mon_front_line, wed_showed_up, wed_huddle.

=== week1_jargon ===
# title Heads, not WTE
# barrier jargon
# place finance
# day Friday
{role == "clinician":
    # hours -2
    Friday, half past one. You leave the ward round to the registrar, cross the car park in drizzle and climb to the second floor of Riverside House with your bleep still clipped to your belt.
- else:
    # hours -2
    Friday, half past one. Marcus Webb's office is four doors from yours, and you arrive with the agency report already open on your laptop.
}
Marcus has printed the report in colour. The division is over its agency cap, and a four per cent cost improvement plan sits on top of that.
Grace Okafor comes in last, still in uniform, and sits nearest the door.
{mon_front_line:
    She gives you a short nod. After Monday, you are someone she will talk to.
- else:
    She looks at the spreadsheet, not at you.
}
{wed_huddle:
    That eight o'clock huddle with theatres you set up. It saved a list on Thursday. # speaker webb pleased
}
{wed_showed_up:
    Kev told half the ward you walked down to theatres on Wednesday instead of sending an email. Grace has clearly heard.
}
-> numbers

= numbers
Larch is three point two WTE over establishment on registered nurses. Premium-pay run-rate is forty-one thousand a month against a plan of twenty-eight. # speaker webb neutral
{role == "clinician": -> numbers_clinician}
-> numbers_manager

= numbers_clinician
You know what every one of those words means on its own. Together, they mean nothing to you. Grace's face says the same.
* [Ask Marcus what WTE and run-rate mean # hours -1]
    # trust.executives +3
    # trust.clinicians +2
    # skill understanding
    Sorry, Marcus. What exactly is a WTE, and what is a run-rate? # speaker you
    One full-time post is one WTE. Run-rate is this month's spend, carried forward as if nothing changes. # speaker webb pleased
    So about four nurses we never budgeted for. # speaker okafor neutral
* (nod) [Nod along and look it up later]
    # later 2 budget -4
    # trust.clinicians -1
    You nod. Marcus speeds up. Grace stops asking questions, because the clinical director seems to understand.
* [Ask Grace how many heads she has on a night]
    # trust.clinicians +3
    # skill listening
    Grace, forget the spreadsheet. Who is actually on Larch at night? # speaker you
    One of my nurses, one agency nurse, one healthcare assistant if I'm lucky. Twenty-eight beds. # speaker okafor worried
- -> acuity

= numbers_manager
Marcus is speaking your language. Grace is not.
* [Translate: three point two WTE is about four nurses' worth of shifts]
    # trust.clinicians +4
    # skill communication
    Grace, that's roughly four full-time nurses we pay for and never budgeted. # speaker you
    Four people. That's the agency nurse on nights, most nights. # speaker okafor neutral
* [Let Marcus walk everyone through the spreadsheet # hours -1]
    # trust.clinicians -3
    Marcus goes through cost centre, establishment, bank, agency and variance. Grace checks her phone twice.
* [Ask Grace what a night on Larch looks like in heads]
    # trust.clinicians +3
    # skill listening
    Grace, forget WTE. Who is on the ward at three in the morning? # speaker you
    One nurse who knows the ward, one who doesn't, and a healthcare assistant. # speaker okafor worried
- -> acuity

= acuity
Tuesday night, bay three. A man with a NEWS2 of seven and one registered nurse for fourteen patients. # speaker okafor worried
I need to tell the board the plan is safe. # speaker webb neutral
Safe is two registered nurses at three in the morning. What do you mean by safe? # speaker okafor worried
Within the cap. Signed off. # speaker webb neutral
{role == "clinician": -> acuity_clinician}
-> acuity_manager

= acuity_clinician
You know exactly what a seven means. Marcus doesn't.
* [Explain NEWS2 to Marcus in plain words]
    # trust.executives +3
    # skill communication
    It's a score from the observations. Five means an urgent review. Seven means an emergency. # speaker you
    Can we count the nights with a seven? Then it's a risk, not a cost. # speaker webb pleased
* [Back Grace: nights are not negotiable]
    # trust.clinicians +4
    # trust.executives -3
    Nights are not on the table. # speaker you
    I'll have to tell Janet medicine won't engage with the cap. # speaker webb worried
- -> deal

= acuity_manager
NEWS2 is on every incident report you read. You have never been sure what the number means.
* [Ask Grace what a NEWS2 of seven means # hours -1]
    # trust.clinicians +4
    # skill listening
    Grace, what does a seven mean? # speaker you
    Get a doctor now and don't leave the bed. # speaker okafor neutral
* (nod) [Nod: understood, acuity was high that night]
    # later 2 care -4
    # trust.clinicians -2
    Understood. High acuity. # speaker you
    Grace hears Tuesday being filed under unusual. She stops explaining.
- -> deal

= deal
Whatever we agree, I need a line for the finance committee on Thursday. # speaker webb neutral
* [Cut agency shifts evenly across the division]
    # level organisation
    # budget +6
    # care -4
    # trust.clinicians -5
    # later 2 care -3
    It hits the number. It treats Larch at three in the morning like every other ward.
* [Convert day agency shifts to bank and keep two nurses on nights]
    # level department
    # budget +3
    # care +1
    # trust.clinicians +2
    # skill understanding
    Most of the number, and I can defend the rest. # speaker webb neutral
* {role == "clinician"} [Sign the night-time risk yourself as clinical director]
    # trust.clinicians +4
    # trust.executives -2
    # budget -2
    You put your name to the nights. Marcus writes it down.
* {role == "manager"} [Fund a night bank premium from the division's reserve]
    # budget -4
    # care +3
    # trust.clinicians +3
    That reserve was for winter. # speaker webb worried
- -> next

= next
{mon_promise: -> promise_test}
So what happens next? # speaker okafor neutral
* [Invite Marcus to spend a night on Larch with Grace]
    # level practice
    # skill understanding
    # later 2 trust +3
    I'll bring biscuits. # speaker webb pleased
* {role == "clinician"} [Ask Marcus to teach you to read the pack # hours -1]
    # trust.executives +3
    # skill understanding
    Marcus tries not to look delighted.
* {role == "manager"} [Put yourself on a Larch night shift with Grace # hours -2]
    # trust.clinicians +4
    # wellbeing -2
    # skill listening
    You'll do the drinks round at four. # speaker okafor pleased
- -> close

= promise_test
Grace doesn't get up.
And the TTOs? Monday you said you'd take them upstairs. # speaker okafor neutral
* {role == "clinician"} [Admit it's stalled; book the chief pharmacist for Monday # hours -1]
    # trust.clinicians +3
    # skill listening
    That's more than I usually get. # speaker okafor pleased
* {role == "manager"} [Admit it's stalled; put TTOs on Tuesday's divisional board # hours -1]
    # trust.clinicians +3
    # level department
    # skill communication
    That's more than I usually get. # speaker okafor pleased
* [Tell her it's in hand and close the meeting]
    # trust.clinicians -4
    # later 2 trust.clinicians -3
    In hand. Right. # speaker okafor worried
- -> close

= close
It is three o'clock. Across the car park, Larch is a row of lit windows.
-> scene_end
