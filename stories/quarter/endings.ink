// The seven endings. The engine chooses one (src/engine/quarter.ts, finalEnding / earlyEnding);
// each is text only and reads the final state through the engine's variables.

=== ending_common_ground ===
# title Common ground
# place exec
The last board of the quarter runs twelve minutes over, which at Alderbank counts as a celebration. Nobody claps. Janet Cole reads the winter numbers aloud and then, unusually, stops talking and asks the room what it thinks.
{role == "clinician":
    The room answers. Grace Okafor's name is in the minutes twice, once for the discharge rule on Larch and once for the night-staff handover that the medical director now calls "the Larch way", as if she had thought of it herself.
- else:
    The room answers. It is not the first time you have heard a ward sister's name read into the board minutes, but it is the first time you did not have to put it there yourself.
}
{arc_board == 2:
    There is a consultant on the board now, and she does not wait to be asked. When finance proposes closing four beds on Larch to hit the savings target, she asks which four patients they had in mind, and the paper goes back for another month.
}
{arc_paired == 2:
    Priya Nair and the operations manager she was paired with present their joint project to the executive team: a single page that tells the site meeting what "escalate" means on a ward at three in the morning. Janet asks for it to go trust-wide. Priya says it should go ward by ward, and Janet, after a pause you could drive a trolley through, agrees.
}
{kitchen:
    The shared kitchen on the second floor has a rota for the dishwasher and a whiteboard where someone has written "NCTR = No Cake To Return". Marcus Webb denies it was him.
}
The pressing problem you went looking for in week one turned out to live somewhere nobody had been aiming. You aimed there. It did not fix the hospital; the hospital is still at ninety-odd per cent occupancy and winter is still winter. But the people who were quietly planning to leave in the spring have, for now, stopped updating their CVs on night shift.
{role == "clinician":
    Your job plan for next year has two protected sessions for the clinical director role, in writing. You will believe it when the rota does.
    On Friday Ade Bello stops you in the corridor to tell you the new HCA on nights is good, and that she knows who to ring. That is the whole conversation. You think about it all weekend.
- else:
    Your appraisal form has a box for "key relationships". Last quarter you wrote the names of three executives. This quarter you run out of space, and put Kev Doyle at the bottom because he told you about the theatre list before anyone else did, twice.
    Grace Okafor sends you an email on Friday with no subject line. It says: "Larch did well this quarter. So did you." You do not reply in case you ruin it.
}
The meters will move again next quarter. They always do. But the next time a decision lands from Riverside House, someone on Larch Ward will pick up the phone before they pick up a grievance form, and someone in Riverside House will answer it.
-> scene_end

=== ending_two_worlds ===
# title Two hospitals
# place exec
By the end of the quarter Alderbank General is, on paper, one hospital. In practice it is two, and you have become very good at living in one of them.
{trust_executives > trust_clinicians:
    The executive team rate you highly. Janet Cole has started copying you into emails with the words "for awareness", which in Riverside House is a promotion. Your plans arrive on time, your numbers add up and your papers are short.
    On the wards your name means something else. When you walk onto Larch the conversation at the nurses' station stops, politely, and starts again after you have gone. Grace Okafor is unfailingly courteous to you, which is how you know.
- else:
    The front line trust you. Nurses stop you in corridors; the registrars on nights text you when something is going wrong, which is both a compliment and a sleep problem. When you speak at the consultants' meeting, people listen.
    In Riverside House you are the person who slows things down. Janet Cole has stopped inviting you to the Tuesday planning meeting, and the minutes of it arrive a day late with decisions already made. Marcus Webb still likes you. He is not in the room either.
}
{role == "clinician":
    You tell yourself it is the job: a clinical director stands between two worlds. The research on dual roles says that is exactly where clinician leaders end up, isolated and outside the core team, and you did not need the research.
- else:
    You tell yourself it is the job: a manager translates between the board and the wards. It is less like translation and more like carrying messages between two countries that have stopped reading each other's post.
}
The quarter review is polite. The board notes "mixed engagement". The staff survey comment box has a sentence that appears, in different words, eleven times: they decide, we find out.
{addressed:
    You did find where the tension really sat, and you did aim there. It helped. It was not enough to carry the people you had left behind on the other side.
- else:
    Where the tension really sat was never quite the place you were looking.
}
Next quarter starts with a new savings target and a bed-occupancy forecast nobody believes. Both hospitals will get the same email. They will read it differently.
-> scene_end

=== ending_holding ===
# title Holding the line
# place exec
Nothing broke. That is the headline, and at Alderbank General this winter it is not a small one.
The wards stayed open. The four-hour numbers wobbled and recovered. The budget finished the quarter more or less where the forecast said it would, which Marcus Webb describes as "a triumph of forecasting" with a face that suggests he is not joking.
{role == "clinician":
    You kept your clinical sessions, most of the time. You chaired the meetings, answered the emails, missed two clinics and one family meeting you still think about. The consultants say you have "done a decent job in an impossible role". It is the most they say about anyone.
- else:
    You ran the division, chased the numbers and kept Janet Cole from escalating you to anyone more senior. The ward sisters know your name now. Whether they would ring you before they rang the union is another question.
}
Trust moved a little, in both directions, depending on who you ask. The staff survey is neither better nor worse. The free-text comments read like the free-text comments last year, and the year before.
{addressed:
    You did some of the right things in the right place. They were slow to land, and the quarter was short.
- else:
    If there was a single place where the tension really sat, the quarter ended without anyone naming it out loud, least of all you.
}
{arc_paired >= 1 || arc_shadowing >= 1 || arc_training >= 1:
    Some of what you started is still running. It may pay off next quarter, when nobody remembers who started it. That is often how it goes.
}
On Friday evening Kev Doyle wheels an empty bed past your office and says "Still here, then," which at Alderbank is a compliment, a greeting and a weather report in one.
You are still here. So is everyone else. Next quarter the same problems will be waiting, slightly older, like a patient on a trolley who has learned the names of all the nurses.
-> scene_end

=== ending_wrong_fix ===
# title The wrong fix
# place exec
You worked harder this quarter than in any quarter of your career, and the staff survey came back worse.
{right_moves == 0:
    Every intervention you made was aimed somewhere the tension did not really sit. Each one was reasonable. Each one, on its own, was the kind of thing a leadership course recommends.
- else:
    Most of your interventions were aimed somewhere the tension did not really sit. The few that landed were buried under the ones that did not.
}
{role == "clinician":
    The consultants noticed first. Every new initiative arrived with your name on it and missed the thing they were actually angry about. "Another one," someone says in the mess when your email lands, and everyone knows what he means.
- else:
    The wards noticed first. Every new initiative arrived with your name on it, a launch email, a poster and a QR code, and missed the thing they were actually angry about. Someone has stuck the latest poster to the staff-room fridge, upside down.
}
It is not that people did not want things to change. They wanted one thing to change and got six others, each of which took an hour of their week to explain why it would not help.
Janet Cole's verdict at the quarter review is short: "Lots of activity." She means it kindly. Dr Marsh says engagement is "disappointing, given the effort". Grace Okafor says nothing at all, because she was not invited.
{trust_clinicians < 35:
    Two nurses on Larch hand in their notice the same week. Neither mentions you in her exit interview. Both mention not being listened to.
}
In the evening you reread your notebook. The clues are there, in people's own words, weeks before you acted. It was never that nobody told you. It was that you were busy doing something else.
Next quarter you will have less goodwill and the same problem. You will also, for the first time, know where to look.
-> scene_end

=== ending_special_measures ===
# title Special measures
# place finance
In week {week} the numbers stop adding up, and once they stop nobody at Alderbank General can make them start again.
The forecast outturn, which had been "challenging" in week two and "a significant concern" in week four, becomes a phone call. The regional team want to see the run-rate. Then they want to see Janet Cole. Then they send someone.
{role == "clinician":
    The turnaround director arrives on a Monday with a spreadsheet and a lanyard that says "Improvement". By Wednesday every clinical decision above a locum shift needs her signature. Your clinical director role now consists mostly of explaining to consultants why their locum requests have been refused.
- else:
    The turnaround director arrives on a Monday with a spreadsheet and a lanyard that says "Improvement". By Wednesday your budget-holder sign-off has been withdrawn, and every agency shift on the division goes through a panel that meets twice a week. You attend both.
}
Marcus Webb, who warned about this in every meeting you half-listened to, does not say "I told you so". He does not need to. He has the spreadsheet open on his second screen all day, like a man watching a house fire on a doorbell camera.
The vacancy freeze goes trust-wide. Two nurses who had been offered posts on Larch are told, politely, that the posts no longer exist. Grace Okafor covers the gap with bank shifts until bank shifts are frozen too.
{trust_clinicians >= 50:
    The front line do not blame you, mostly. They have seen this before. They blame Riverside House, and they include you in Riverside House now, whichever side you started on.
- else:
    The front line blame you, not entirely fairly. Nobody remembers the decisions that kept care going. Everybody remembers the ones that cost money and bought nothing they could see.
}
The quarter ends early. The debrief does not.
-> scene_end

=== ending_investigation ===
# title The investigation
# place ward
In week {week} a patient on Larch Ward dies who should not have.
It is nobody's fault and everybody's. A set of observations not repeated at five in the morning; a NEWS2 of seven phoned through to a registrar covering four wards in two buildings; a bleep answered forty minutes later; a bed that did not exist on a site meeting spreadsheet. Every link in the chain was held by someone doing their best with too little.
The coroner writes to the trust. The regulator follows the coroner. A patient-safety investigation is opened, and the quarter, for you, stops there.
{role == "clinician":
    You are interviewed on a Tuesday afternoon, in a room in Riverside House, by two investigators who are careful to say they are looking at the system and not at you. You believe them. You also know which decisions you made this quarter that made the system what it was on that night.
    Afterwards Grace Okafor finds you in the car park. She does not say anything for a while. Then she says she is glad it is a learning review and not a witch-hunt, and that she hopes somebody learns something. She does not say who.
- else:
    You are interviewed on a Tuesday afternoon, in your own meeting room, by two investigators who are careful to say they are looking at the system and not at you. They ask how staffing decisions on Larch were made, by whom, and from where. You answer honestly. Most of the answers are "from here".
    Afterwards Kev Doyle, who moved the patient to Larch that evening, is asked for a statement. He gives one, and then asks you whether anybody is going to ask the night staff what they think. It is a good question. You write it down.
}
{trust_clinicians >= 50:
    The front line stand behind the people who were on shift, and, to your surprise, partly behind you.
- else:
    The front line close ranks. You are outside them.
}
The investigation will take months. The family will wait longer than anyone. Patient care did not fall to zero in one night; it fell a point at a time, in meetings, in plans, in hours nobody had.
-> scene_end

=== ending_no_confidence ===
# title No confidence
# place exec
In week {week} it stops being a grumble and becomes a letter.
{trust_clinicians <= trust_executives:
    Forty-one consultants sign it; the senior nurses on four wards add a separate one of their own. The letter to the board says the consultant body "no longer has confidence that its concerns are heard or acted upon". It lists six decisions. You recognise most of them. Several have your name on.
- else:
    It is the executives who have had enough. Janet Cole asks to see you on a Friday at five, which is never good, and the conversation is short: the board has "lost confidence in the working relationship". Your responsibilities are "being redistributed while we reflect".
}
{role == "clinician":
    You step down as clinical director at the end of the month, "to concentrate on clinical work". Your colleagues are kind about it in the way doctors are kind at a bedside where there is nothing left to do. Your clinical sessions, at least, are still there on Monday.
    Nobody volunteers to replace you. The medical director starts asking around, and the consultants start finding reasons to be busy on Thursday afternoons.
- else:
    You are moved to "a strategic project" in Riverside House, with a desk by the window and no budget. The division gets an interim manager from an agency, at a premium rate, who starts by asking for a list of the people who matter.
    Kev Doyle, moving a filing cabinet into your new office, says it is a nice view. It is. You can see Larch Ward from here.
}
Two registrars leave for the hospital down the road. A ward sister takes early retirement a year before she had planned to. In the staff survey, "senior managers act on staff feedback" falls again, to a number the board decides not to put on the slide.
The research on trust between clinicians and leaders says it is tied to retention, burnout and results. The research is right. Alderbank is about to find out how right.
The quarter ends early. The debrief does not.
-> scene_end
