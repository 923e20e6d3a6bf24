// Friday: Marcus Webb's office in Riverside House. Barrier: jargon/background. Level: department.
// Reads mon_promise, mon_front_line, wed_showed_up, wed_huddle.

=== week1_jargon ===
# title Heads, not WTE
# barrier jargon
# place finance
# day Friday
{role == "clinician":
    Friday, two o'clock. You come straight from the ward round, across the car park in the rain, and up two flights of Riverside House stairs because the lift has had a sign on it since August.
    # hours -1
    The finance corridor is carpeted and quiet. Nobody is running anywhere. It feels like another hospital.
- else:
    Friday, two o'clock. Your own office is three doors down, so you arrive first with a coffee and the month-eight pack already open on your laptop.
    The finance corridor is carpeted and quiet. From here the wards are a row of lit windows across the car park.
}
Marcus Webb has printed the agency report in colour, which for Marcus counts as a gesture of warmth. The division needs agency spend back under its cap by the end of the quarter, and a four per cent cost improvement plan is sitting on top of that.
Grace Okafor arrives six minutes late with her lanyard still tucked into her tunic. She does not sit down until Marcus asks her twice.
{mon_front_line:
    She gives you a small nod. After Monday, you are someone she will at least look at in this room.
- else:
    She takes the chair nearest the door and looks at the spreadsheet, not at you.
}
{wed_showed_up:
    Kev says you went down to theatres on Wednesday. In person. Half the hospital's heard. # speaker okafor neutral
}
{wed_huddle:
    Before we start: that eight o'clock huddle with theatres saved us a cancelled list yesterday. Which also saved me a very awkward line in the variance report. # speaker webb pleased
}
{mon_promise:
    -> promise
- else:
    -> numbers
}

= promise
Grace folds her arms.
Before the numbers. Monday you said you'd take the TTO problem upstairs. Did you? # speaker okafor neutral
* [Tell her the truth: you have raised it once, and nothing has moved yet]
    # trust.clinicians +2
    # skill listening
    I raised it with Janet on Tuesday. She said pharmacy is a trust-wide issue. I haven't let it drop, but I've nothing to show you yet. # speaker you
    Grace considers this for a moment.
    That's more than I usually get. Keep going. # speaker okafor pleased
* [Say it is "in hand" and move on to the agenda]
    # trust.clinicians -4
    # later 2 trust.clinicians -3
    It's in hand. Let's get through Marcus's list first. # speaker you
    In hand. Right. # speaker okafor worried
    She has heard "in hand" from six managers and two clinical directors. She writes something down, and you suspect it is the date.
- -> numbers

= numbers
Marcus turns the report round so everyone can see it.
So. Larch is running three point two WTE over establishment on registered nurses, and the run-rate on premium pay is forty-one thousand a month against a plan of twenty-eight. If we carry on like this the forecast outturn for the division is about a hundred and fifty thousand adverse, and the agency cap is the first line the board looks at. # speaker webb neutral
{role == "clinician": -> numbers_clinician}
-> numbers_manager

= numbers_clinician
You understand every word individually. Together they are a language you last studied for a management course you were too busy to finish. WTE. Run-rate. Outturn. Grace's face says she is having the same afternoon.
* [Ask Marcus what WTE and run-rate actually mean # hours -1]
    # trust.executives +3
    # trust.clinicians +2
    # skill understanding
    Sorry, Marcus. Before we go on: what exactly is a WTE, and what's a run-rate? I'd rather ask than pretend. # speaker you
    Marcus looks, briefly, delighted.
    Whole-time equivalent. One WTE is one full-time contract, thirty-seven and a half hours a week. Two part-timers on half hours make one WTE. Run-rate is just what we're spending per month right now, carried forward, as if nothing changes. # speaker webb pleased
    So three point two WTE is roughly... # speaker okafor neutral
    About a hundred and twenty hours of nursing a week that we're paying for and haven't budgeted. Give or take four people. # speaker webb neutral
    Grace writes "4 people" in large letters on the corner of the report. It is the first thing in the meeting she has written down.
    -> acuity
* [Nod along; you can look it up later]
    # later 2 budget -4
    # trust.clinicians -1
    You nod as if WTE and run-rate were old friends. Marcus, encouraged, accelerates into variance and recurrent savings.
    Grace glances at you. If the clinical director understands it, she can hardly say she doesn't. She stops asking questions.
    -> acuity
* [Turn to Grace: what does the ward actually need at night?]
    # trust.clinicians +3
    # skill listening
    Grace, before the spreadsheet: what do nights on Larch need, in people? # speaker you
    Two registered nurses and a healthcare assistant for twenty-eight beds. On paper. Most nights I get one registered nurse from my own team and an agency nurse I've never met. # speaker okafor worried
    Marcus frowns at his screen, hunting for that sentence in a column.
    -> acuity

= numbers_manager
Marcus is speaking your language. Grace is not. She is looking at the words "three point two WTE" the way you look at an ECG: something important is in there, and it is not for you.
* [Translate for Grace: three point two WTE is about four people's worth of shifts]
    # trust.clinicians +4
    # skill communication
    Grace, in real terms: three point two WTE is roughly four full-time nurses we're paying for and never budgeted. The run-rate is what that costs us each month if nothing changes. # speaker you
    Four people. # speaker okafor neutral
    That's four agency shifts a week on nights, near enough. # speaker okafor neutral
    For the first time the number and the ward are on the same page. Marcus looks slightly put out that he didn't say it that way himself.
    -> acuity
* [Let Marcus take everyone through the spreadsheet line by line]
    # trust.clinicians -3
    # hours -1
    Marcus takes you through cost centre, establishment, bank, agency, the premium-pay split and the variance to plan. It takes forty minutes. It is all correct.
    Grace checks her phone twice. The second time she types a reply, and you catch the word "bay".
    -> acuity
* [Ask Grace what a night on Larch looks like, in heads]
    # trust.clinicians +3
    # skill listening
    Grace, forget WTE for a second. On a normal night, who is actually on the ward? # speaker you
    One registered nurse who knows the ward, one agency nurse who doesn't, one healthcare assistant if I'm lucky. Twenty-eight patients. Half of them on four-hourly obs. # speaker okafor worried
    Marcus goes quiet. In his spreadsheet, that night is a rounding error.
    -> acuity

= acuity
Grace leans forward.
Here's what your report doesn't show. Tuesday night, bay three, a man of eighty-one with a NEWS2 of seven. One registered nurse for fourteen patients. The agency nurse was the only reason somebody was with him when he went off. # speaker okafor worried
Marcus blinks.
I do need to be able to tell the board the plan is safe. # speaker webb neutral
Safe? Safe is two registered nurses at three in the morning. What do you mean by safe? # speaker okafor worried
Compliant with the cap. Within budget. Signed off. # speaker webb neutral
It is the same word. It is not the same thing.
{role == "clinician": -> acuity_clinician}
-> acuity_manager

= acuity_clinician
You know exactly what a NEWS2 of seven means: an emergency response, a registrar at the bedside, a ward that stops everything else. Marcus plainly does not.
* [Explain NEWS2 to Marcus in plain terms]
    # trust.executives +3
    # skill communication
    NEWS2 is an early-warning score from the obs. Five or more means an urgent review. Seven means emergency: someone senior at the bed now. At seven, one nurse with fourteen patients means thirteen people with nobody. # speaker you
    Marcus writes "NEWS2 ≥ 7 = emergency" on his pad and underlines it.
    Can we count those? Nights with a seven on the ward? Because if I can put that next to the spend, it stops being a cost and starts being a risk. The board understands risk. # speaker webb pleased
    -> decision
* [Back Grace flatly: the agency nurse stays on nights, full stop]
    # trust.clinicians +4
    # trust.executives -4
    # budget -2
    The agency nurse on nights stays. I'm not signing off a rota that leaves one nurse with fourteen patients. # speaker you
    Grace sits back. Marcus closes the report.
    I hear you. I'll have to explain to Janet why medicine won't engage with the cap. # speaker webb worried
    That isn't what you said. It is what will be heard on the fourth floor.
    -> decision
* [Ask Marcus what he would need to see to protect nights]
    # trust.executives +2
    # trust.clinicians +1
    # skill understanding
    Marcus, what would you need to see to protect the night shift and still defend the number? # speaker you
    Evidence it's the high-acuity nights, not all of them. And a plan for days. # speaker webb neutral
    Days we can talk about. # speaker okafor neutral
    -> decision

= acuity_manager
NEWS2. You have seen it on every incident report that crosses your desk, usually next to a number and a time. You have never been entirely sure what the number means.
* [Ask what a NEWS2 of seven means # hours -1]
    # trust.clinicians +4
    # skill listening
    Grace, I'll be honest: what does a NEWS2 of seven actually mean? # speaker you
    Grace looks at you properly for the first time this afternoon.
    It's a score from the obs: breathing, oxygen, blood pressure, pulse, how alert they are, temperature. Five is get a doctor soon. Seven is get a doctor now, and don't leave the bed. # speaker okafor neutral
    So on Tuesday, one nurse had to choose between him and thirteen others. # speaker you
    Yes. # speaker okafor worried
    -> decision
* [Nod: "Understood, acuity was high that night"]
    # later 2 care -4
    # trust.clinicians -2
    Understood. High acuity that night. # speaker you
    Grace hears a manager filing Tuesday under "unusual". She stops explaining.
    Later, when nights come up for cuts, nobody in the room will remember that Tuesday was not unusual at all.
    -> decision
* [Ask Marcus whether acuity shows anywhere in his figures]
    # skill communication
    # trust.executives +1
    # trust.clinicians +2
    Marcus, does any of this show in your numbers? How sick the patients are, not just how many? # speaker you
    No. I see shifts and pounds. I'd have to get the acuity from the nursing dashboard. I didn't know we had one. # speaker webb worried
    We do. I fill it in. Every night. # speaker okafor neutral
    -> decision

= decision
Marcus clicks to the last slide. It has a single number on it: the saving the division owes by month nine.
Whatever we agree, I need a line I can put in front of the finance committee on Thursday. # speaker webb neutral
* [Cut agency shifts across the board to hit the cap]
    # level organisation
    # budget +6
    # care -4
    # trust.clinicians -6
    # later 2 care -3
    Every ward takes the same cut. It is clean, it hits the number, and it treats a quiet surgical ward and Larch at three in the morning as the same place.
    Grace stands up before the meeting has technically finished.
    I'll let the night team know. They'll be thrilled. # speaker okafor worried
* [Convert agency to bank shifts and protect nights with a bank premium]
    # level department
    # budget +3
    # care +1
    # trust.clinicians +2
    # trust.executives +1
    # skill understanding
    Days move from agency to bank; nights keep two registered nurses, paid at an enhanced bank rate to fill them with Alderbank's own staff.
    It doesn't hit the whole number. It gets us most of the way, and I can defend the rest. # speaker webb neutral
    My own nurses on nights. I'll take that. # speaker okafor pleased
* {role == "clinician"} [Cover a night gap yourself this month to buy time # hours -3]
        # wellbeing -6
        # trust.clinicians +5
        # care +2
        # budget +1
        You offer to do a resident on-call night on Larch yourself at the end of the month. You are a consultant with a clinic the next morning and a clinical director's inbox. It is either leadership or a warning sign, and you are not sure which.
        Grace stares at you. Then she laughs, once.
        You'd actually do it, wouldn't you. # speaker okafor pleased
* {role == "manager"} [Fund a bank incentive from the division's reserve # budget -4]
        # care +3
        # trust.clinicians +3
        # trust.executives -2
        You have a small divisional reserve that Janet believes is for winter. You spend some of it now on a bank incentive for nights.
        That's a cost pressure, not a saving. Janet will ask. # speaker webb worried
        Let her. I'll answer. # speaker you
- -> next_step

= next_step
The rain has stopped. Somewhere across the car park, a bleep goes off in a building none of you is in.
So what happens next? Because last time we had one of these, nothing did. # speaker okafor neutral
* [Invite Marcus to shadow a night shift on Larch]
    # level practice
    # skill understanding
    # later 2 trust +3
    Marcus, come and do a night on Larch with Grace. Not to audit. To see what the spreadsheet means at three in the morning. # speaker you
    Marcus looks at Grace. Grace looks at Marcus.
    I'll bring biscuits. # speaker webb pleased
    You'll bring a pen. And comfortable shoes. # speaker okafor pleased
* [Ask Grace to sit in on the month-end finance review]
    # level department
    # skill communication
    # later 1 trust.executives +2
    # hours -1
    Grace, come to month-end. Hear what gets said about Larch when you're not in the room, and say what you just said to us. # speaker you
    In Riverside House. # speaker okafor neutral
    Yes. I'll walk you over. # speaker you
    She doesn't say yes. She doesn't say no either, which from Grace is practically an RSVP.
* {role == "clinician"} [Ask Marcus for half an hour to learn to read the ledger # hours -1]
        # trust.executives +3
        # skill understanding
        Marcus, give me thirty minutes next week to teach me how to read this properly. I sign these off. I should understand them. # speaker you
        Marcus tries very hard not to look as pleased as he is, and fails.
* {role == "manager"} [Book yourself onto a night on Larch with Grace # hours -2]
        # trust.clinicians +4
        # wellbeing -2
        # skill listening
        Put me on a night, Grace. Not with a clipboard. I'll do the drinks round if that's what's useful. # speaker you
        You'll do the drinks round at four a.m. and you'll learn more than from that report. # speaker okafor pleased
* [Promise to write it all up and circulate it by email]
    # trust -1
    I'll write this up and circulate it by Monday. # speaker you
    Grace nods the way people nod at fire-alarm tests.
    The email goes out on Monday evening. It is clear, accurate and read by Marcus.
- It is twenty past three. The week is nearly over, and the ward is still a row of lit windows across the car park.
-> scene_end
