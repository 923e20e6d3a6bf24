// Friday: Marcus Webb's office in Riverside House. Barrier: jargon/background. Level: department.
// Reads mon_promise, mon_front_line, wed_showed_up, wed_huddle.

=== week1_jargon ===
# title Heads, not WTE
# barrier jargon
# place finance
# day Friday
# level department
{role == "clinician":
    # hours -2
    Friday, half past one. You hand the last four patients of the ward round to your registrar, cross the car park in drizzle and take the stairs in Riverside House, because the lift has been out of order for as long as anyone can remember.
    Up here the carpet swallows footsteps and nobody is running. Your bleep, still clipped to your belt, feels faintly like contraband.
- else:
    # hours -2
    Friday, half past one. Marcus Webb's office is four doors along from yours, and you arrive with a coffee and the agency report already open, because you read it at the kitchen table last night.
    From his window the wards are a row of lit rectangles across the car park. You have been over there twice this month, both times for meetings.
}
Marcus has printed the report in colour and squared a copy at every seat. Medicine has gone through its agency cap two months running, and the executive team has laid a four per cent cost improvement plan on top. Janet Cole wants a recovery line for Thursday's finance and performance committee.
{mon_front_line:
    Grace Okafor arrives at twenty-five to, still in navy, a pen behind her ear. After Monday she takes the chair beside you instead of the one by the door.
    I've got forty minutes before the drugs round. Ade's holding the fort, so let's not waste them. # speaker okafor neutral
- else:
    Grace Okafor arrives at twenty-five to, still in navy, and takes the chair by the door. She greets Marcus, then the report, then you, in that order.
    Forty minutes. Then I'm needed back on the ward. # speaker okafor neutral
}
{mon_promise:
    She has a folded sheet of paper in her tunic pocket, and she touches it once as she sits. You have a fair idea what is written on it.
}
{wed_showed_up:
    Kev says you walked down to theatres on Wednesday and stood in the corridor with Mr Achterberg. In person. # speaker okafor neutral
    From Grace, that is nearly a compliment.
}
{wed_huddle:
    Before we start. That eight o'clock huddle with theatres: two lists went ahead yesterday that would have been cancelled. It's the only good sentence in my variance narrative this month. # speaker webb pleased
    He says it shyly, as though good news were slightly against the rules on this floor.
}
-> numbers

= numbers
Right. Headlines. Larch is running three point two WTE over establishment on registered nurses, almost all of it agency. The premium-pay run-rate is forty-one thousand a month against a plan of twenty-eight. Carry that forward and the forecast outturn for medicine is about a hundred and fifty thousand adverse, and agency is the first line the board reads. # speaker webb neutral
{role == "clinician": -> numbers_clinician}
-> numbers_manager

= numbers_clinician
You know what each of those words means on its own. WTE. Run-rate. Outturn. Strung together, they are a language you skimmed once on a leadership course you left early for a cardiac arrest. Beside you, Grace has stopped reading and is watching Marcus's hands.
* [Ask Marcus what WTE and run-rate actually mean # hours -1]
    # trust.executives +2
    # trust.clinicians +2
    # skill understanding
    Sorry, Marcus, before you go on. What exactly is a WTE? And how is a run-rate different from what we actually spent? # speaker you
    Marcus looks briefly, genuinely delighted, like a man who has been asked about his allotment.
    Whole-time equivalent. One full-time contract, thirty-seven and a half hours a week, is one WTE. Two nurses on half-time contracts make one between them. Run-rate is this month's spend carried forward as if nothing changes. It's what happens if we do nothing. # speaker webb pleased
    So three point two is about four people. Four nurses' worth of shifts every week that nobody's paying for on paper. # speaker okafor neutral
    Grace writes 4 PEOPLE in capitals on the corner of her copy. It is the first thing she has written all afternoon, and Marcus looks at it as if she has improved his spreadsheet.
* (nod) [Nod along; you can look it up tonight]
    # later 2 budget -4
    # trust.clinicians -1
    You nod as though WTE and run-rate were old colleagues. Marcus, encouraged, moves on to recurrent savings and how the CIP is phased across the quarter.
    Grace glances at you. If the clinical director follows all this, she can hardly be the one to say she doesn't. She folds her arms and stops asking.
    Somewhere in the next ten minutes you agree, in principle, that Larch can come down by three point two. You assume he means three shifts.
* [Ask Grace how many heads she actually has on nights]
    # trust.clinicians +3
    # skill listening
    Grace, leave the spreadsheet for a second. Who is actually on Larch at night? # speaker you
    {mon_front_line:
        Two registered nurses and a healthcare assistant for twenty-eight beds, on the roster. In real life, one of mine, one agency nurse who's never seen the ward before, and Ade. That agency nurse is your three point two, Marcus. She's the one who stayed in bay three on Tuesday. # speaker okafor worried
    - else:
        On paper, two nurses and a care assistant. # speaker okafor neutral
        She leaves it there. On Monday nobody asked her much, and she is not yet sure that today is different.
    }
    Marcus goes quiet, hunting for that night in a column that only counts hours.
- -> acuity

= numbers_manager
Marcus is speaking your language; you could recite the variance from memory. Grace is not. She is looking at three point two WTE the way you look at a heart trace on a monitor in a corridor: something in there matters, and it was not written for you.
* [Translate for Grace: three point two WTE is about four nurses]
    # trust.clinicians +4
    # skill communication
    Grace, in plain terms: three point two WTE is roughly four full-time nurses' worth of hours that we're paying for and never budgeted. The run-rate is what that costs every month if nothing changes. # speaker you
    Four nurses. # speaker okafor neutral
    She does the rest of the sum faster than Marcus could have.
    That's the agency nurse on nights, most nights, plus a day shift whenever someone's off sick. Which is always. # speaker okafor neutral
    For the first time this afternoon the number and the ward are in the same room. Marcus looks faintly put out that he didn't put it that way himself.
* [Let Marcus take everyone through the pack line by line # hours -1]
    # trust.clinicians -3
    # trust.executives +1
    Marcus takes you through cost centre, establishment, bank, agency, premium pay and variance to plan. It takes forty minutes, every figure is correct, and you find it oddly soothing.
    Grace checks her phone twice. The second time she types a reply with one thumb and you catch the word bay. By the end she has learned what a cost centre is, and you have learned nothing at all about Larch.
* [Ask Grace what a night on Larch looks like, in heads]
    # trust.clinicians +3
    # skill listening
    Grace, put WTE to one side. On an ordinary night, who is actually on the ward? # speaker you
    {mon_front_line:
        One nurse who knows the ward, one agency nurse who doesn't, and Ade, who knows it better than either of them. Twenty-eight patients. Half on four-hourly obs. # speaker okafor worried
        She says it without hesitating. Monday has bought you that much.
    - else:
        Why do you ask? # speaker okafor neutral
        You wait. She decides the question is real.
        Two nurses and a care assistant on the roster. One of the nurses is usually agency. # speaker okafor neutral
        She doesn't add anything, and you notice you haven't yet earned more.
    }
- -> acuity

= acuity
Grace leans forward and puts one finger on the agency line.
Here's what that line doesn't say. Tuesday night, bay three, a man of eighty-one with a chest infection. NEWS2 of seven at two in the morning. One registered nurse for fourteen patients. The agency nurse from the other side of the ward is the reason someone was with him when he went off. # speaker okafor worried
Marcus writes something down, then crosses it out.
I do hear that. But if nights are short, the process is to escalate, surely? # speaker webb neutral
I escalate every night. To the site manager, who tells me there's no capacity. # speaker okafor neutral
By capacity you mean nurses? On the site report, capacity means beds. # speaker webb neutral
Grace looks at him for a long moment.
Either way, there isn't any. # speaker okafor neutral
Marcus tries again, carefully.
I need to be able to tell the committee the plan is safe. # speaker webb neutral
Safe. Safe is two registered nurses on at three in the morning. What do you mean by safe? # speaker okafor worried
Inside the cap, with a recovery plan the division has signed. Safe from the regulator asking why we're overspent. # speaker webb neutral
Three words in five minutes, and nobody in the room means the same thing by any of them.
{role == "clinician": -> acuity_clinician}
-> acuity_manager

= acuity_clinician
You know precisely what a seven means: a registrar at the bedside and a nurse who cannot leave it. Marcus plainly does not, and neither, you suspect, does the committee he writes for.
* (explain) [Translate NEWS2 for Marcus in plain terms]
    # trust.executives +3
    # trust.clinicians +1
    # skill communication
    NEWS2 is a score we add up from the observations: breathing, oxygen, pulse, blood pressure, temperature, how alert someone is. Five or more means a doctor reviews them urgently. Seven means an emergency: someone senior at the bed, now. If the only nurse for fourteen patients is at that bed, thirteen people have nobody. # speaker you
    Marcus writes NEWS2 ≥ 7 = emergency on his pad and underlines it twice.
    Could we count those? Nights with a seven on Larch, against the nights we had agency cover? If I put that next to the spend, it stops being a cost line and becomes a risk. The committee reads risks. # speaker webb pleased
    Grace looks at Marcus as if he has just volunteered for something. He may have.
* [Back Grace flatly: nights are not up for discussion]
    # trust.clinicians +4
    # trust.executives -4
    The night agency nurse stays. I won't sign a rota that leaves one nurse with fourteen patients. # speaker you
    Grace sits back, a fraction taller. Marcus closes his laptop halfway, which for Marcus is slamming a door.
    Understood. Then I'll have to tell Janet that medicine isn't engaging with the cap. # speaker webb worried
    That is not what you said. It is what will be repeated on the fourth floor.
- -> deal

= acuity_manager
NEWS2. You see it on incident reports every week, always next to a number and a time. You have never been quite sure whether seven is a lot.
* (ask) [Ask Grace what a NEWS2 of seven actually means # hours -1]
    # trust.clinicians +4
    # skill listening
    Grace, I'll be straight with you. What does a seven mean? Is that high? # speaker you
    {mon_front_line:
        Grace gives you the same level look she gave you on Monday, when you asked about nights and then actually waited for the answer.
    - else:
        Grace looks at you properly, perhaps for the first time this week. A manager asking is rarer than a manager knowing.
    }
    It's a score from the obs. Breathing rate, oxygen, blood pressure, pulse, temperature, whether they know where they are. At five you want a doctor soon. At seven you want a doctor now, and you don't leave the bed. It goes up to twenty. You don't want to see twenty. # speaker okafor neutral
    So on Tuesday one nurse was choosing between him and thirteen other people. # speaker you
    Yes. Every night I'm short, somebody's choosing. # speaker okafor worried
    Marcus stops writing and, for once, just listens.
* [Nod: noted, acuity was unusually high that night]
    # later 2 care -4
    # trust.clinicians -2
    Noted. Unusually high acuity that night. # speaker you
    It is the word unusually that does it. Grace hears Tuesday being filed as a one-off, and she has had a Tuesday like it every week since the summer. She stops explaining and looks at the clock.
    When nights come up for cuts again, nobody in the meeting will remember that Tuesday was an ordinary night.
- -> deal

= deal
{numbers_clinician.nod:
    Marcus brings up his summary. Agreed in principle: Larch reduces by three point two WTE. He reads it out as though you had shaken hands on it, which in a sense you had, with your nodding.
    Grace reads it twice.
    Three point two WTE. That's four nurses. That's every agency night and half my bank. # speaker okafor worried
    You had thought he meant three shifts. You do not say so. It is too late to say it without sounding like the person who wasn't listening, and the three point two goes into his savings tracker as agreed.
}
Marcus clicks to his last slide. It has one number on it, in red: the saving medicine owes by the end of the quarter.
Whatever we agree, I need a line for the committee on Thursday. Janet reads the papers on Wednesday night. # speaker webb neutral
{role == "manager":
    You know exactly how each option will read upstairs. Janet respects a number that lands and a person who brings it. You also know that a number which lands on the wrong ward comes back in six weeks as a serious incident, and nobody upstairs will connect the two.
- else:
    You have no idea how any of this will read upstairs. Marcus does. He glances at you as if you were the one who should know.
}
* (cut) [Cut agency shifts by the same share on every ward]
    # level organisation
    # budget +6
    # care -4
    # trust.clinicians -5
    # trust.executives +3
    # later 2 care -3
    It is clean, it hits the number, and it will look fair in a table. It also treats a quiet elective ward and Larch at three in the morning as the same place.
    Marcus types it in before anyone can change their mind.
    Janet will like this. # speaker webb pleased
    Grace stands up a minute before the meeting is technically over.
    I'll tell the night team. They'll be thrilled. # speaker okafor worried
* (bank) [Move day shifts to bank; keep two registered nurses on nights]
    # level department
    # budget +3
    # care +1
    # trust.clinicians +2
    # trust.executives +1
    # skill understanding
    Days come off agency and onto Alderbank's own bank, which costs less and brings nurses who know where the sluice is. Nights keep two registered nurses, whatever it takes to fill them.
    It doesn't hit the whole number. It gets us about two-thirds, and the rest I can argue is risk{explain or ask:, especially if I can put the NEWS2 nights next to it}. # speaker webb neutral
    My own nurses on my own ward. I can work with that. # speaker okafor pleased
* (own) {role == "clinician"} [Put your own name to the night-time risk]
    # trust.clinicians +4
    # trust.executives -2
    # budget -2
    # wellbeing -3
    Leave nights as they are and minute that I made the call as clinical director. If the committee wants someone to answer for the overspend, it's me. # speaker you
    Marcus writes it down word for word and reads it back. It sounds braver on his pad than it felt in your mouth.
    Grace says nothing, but she moves her chair an inch closer to the table.
    You will be explaining this to Dr Marsh next week and to Janet the week after. You have clinic on both days.
* (reserve) {role == "manager"} [Fund a night bank premium from the division's reserve]
    # budget -4
    # care +3
    # trust.clinicians +3
    # trust.executives -2
    You have a small divisional reserve that Janet thinks of as winter money. You propose spending some of it now on an enhanced bank rate for Larch nights, so that the nurses on them are Alderbank's own.
    That's a cost pressure, not a saving. Janet will ask. # speaker webb worried
    Then I'll answer. # speaker you
    Grace looks at you, at the budget line, and back. She has seen managers find money before. She has not often seen them spend it on nights.
- -> next

= next
{cut:
    Grace stops with her hand on the door handle.
- else:
    Grace caps her pen, which is the ward sister's way of saying the meeting is nearly over.
}
{mon_promise:
    -> promise_test
}
Last time we had one of these, somebody wrote it up and nothing happened. So what happens next? # speaker okafor neutral
{wed_huddle:
    Marcus clears his throat. The theatre huddle works because it's ten minutes and it's every day, he says, to nobody in particular. He seems surprised to have said it out loud.
}
* [Invite Marcus to spend a night on Larch with Grace]
    # level practice
    # skill understanding
    # later 2 trust +3
    Marcus, come and do a night on Larch with Grace. Not an audit. Just come and see what three point two WTE looks like at three in the morning. # speaker you
    Marcus looks at Grace. Grace looks at Marcus the way she might size up a new starter on their first shift.
    I could bring biscuits. # speaker webb pleased
    Bring a pen and flat shoes. Ade will show you where everything is. He'll enjoy that far too much. # speaker okafor pleased
    They settle on the second Thursday of the month. Marcus puts it in his diary as a meeting, because he does not have a category for anything else.
* {role == "clinician"} [Ask Marcus for an hour to teach you the finance pack # hours -1]
    # level practice
    # trust.executives +3
    # skill understanding
    Marcus, give me an hour next week and show me how to read this properly. I sign it off every month. I ought to understand what I'm signing. # speaker you
    Marcus tries hard not to look as pleased as he is, and fails completely. You can see him deciding which colours to print it in.
    You'll tell us what it says, then. In English. # speaker okafor neutral
    It is a joke, mostly. Marcus writes it down anyway, and underlines In English.
* {role == "manager"} [Book yourself onto a Larch night shift with Grace # hours -2]
    # level practice
    # trust.clinicians +4
    # wellbeing -2
    # skill listening
    Put me on a night, Grace. No clipboard, no lanyard. Give me something useful to do. # speaker you
    You'll do the drinks round at four and answer call bells. You'll learn more in one night than that report has ever told you. # speaker okafor pleased
    Marcus looks at the two of you like a man who has just been left off a party invitation.
    You block out Thursday night and the Friday morning after it. The Friday has three meetings in it already. You move all three.
- -> close

= promise_test
{cut:
    She turns back from the door after all.
- else:
    She doesn't get up.
}
She takes the folded sheet from her pocket and flattens it on the table: every TTO on Larch from Monday to Thursday, the time it was written and the time it came up from pharmacy, in her small, exact handwriting.
Four hours forty, on average. Four patients stayed an extra night waiting for a bag of tablets. Monday you said you'd take this upstairs. Did you? # speaker okafor neutral
Marcus leans in with professional interest. A delayed discharge is a bed day, and a bed day has a price.
* {role == "clinician"} [Admit it's stalled; book the chief pharmacist for Monday # hours -1]
    # trust.clinicians +3
    # skill listening
    Not properly. I raised it with Dr Marsh in a corridor and she said pharmacy was a trust-wide problem. That isn't good enough. I'll get the chief pharmacist into a room on Monday and take your sheet with me. # speaker you
    Grace weighs this the way she would weigh a drug dose.
    That's more honesty than I usually get from upstairs. Monday, then. I'll remember. # speaker okafor pleased
    Marcus writes TTO = bed days on his pad{explain:, just under the NEWS2 line}.
* {role == "manager"} [Admit it's stalled; put TTOs on Tuesday's divisional board # hours -1]
    # level department
    # trust.clinicians +3
    # skill communication
    It's stalled. I emailed pharmacy and got an out-of-office, and I should have walked over instead. It goes on Tuesday's divisional board, and I want you there with that sheet. # speaker you
    You want me at the board. # speaker okafor neutral
    I want your numbers at the board, and you're the only one who has them. # speaker you
    Grace folds the sheet again, more carefully this time, and puts it in the inside pocket.
* [Say it's in hand and bring the meeting to a close]
    # trust.clinicians -4
    # later 2 trust.clinicians -3
    It's in hand. Let's pick it up another time. # speaker you
    In hand. Right. # speaker okafor worried
    She has heard in hand from six managers and two clinical directors. She folds the paper away without looking at it, and you have the strong impression that next time she will not bring it.
- -> close

= close
{bank:
    Marcus reads the line for Thursday back to the room. For once it has the word nights in it.
- else:
    Marcus reads the line for Thursday back to the room. It is accurate, and it is his.
}
It is twenty to three, and Grace's forty minutes ran out some time ago. Across the car park, Larch is a row of lit windows; somewhere behind one of them Ade is starting the afternoon obs.
{role == "clinician":
    Your bleep goes before you reach the bottom of the stairs. Bay three again. You are back in your own language before the door has closed behind you.
- else:
    Your calendar chimes: the four o'clock performance review, same floor, same numbers. You look out at the ward windows for a moment longer than you need to, then pick up the report.
}
-> scene_end
