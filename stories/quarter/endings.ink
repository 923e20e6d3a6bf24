// The eight endings. The engine chooses one (src/engine/rules/quarter.ts, finalEnding / earlyEnding);
// each is text only and reads the final state through the engine's variables.
// Every line that says how the quarter ended carries a `# claim` that must hold for every
// state reaching the ending (tests/story/endings.test.ts). Where the truth varies, the line
// branches on the variables and each branch claims exactly what makes it true.
// Lines comparing two trust groups are made true by their ink condition (a claim compares
// one variable with a number, so it cannot say "more than"); they carry no claim.

=== ending_common_ground ===
# title Common ground
# place exec
{weeks == 4:The month-end review|The last board of the quarter} runs twelve minutes over, which at Alderbank counts as a celebration. Nobody claps.
{budget >= 55:
    Janet Cole sums up {weeks == 4:the month: the division on plan, the wards safer than the dashboard feared in week one|the quarter: the division on plan, the wards safer than the dashboard feared in October}. # claim budget>=55 # claim care>=45
- else:
    Janet Cole sums up {weeks == 4:the month: the division dented but inside its line, the wards safer than the dashboard feared in week one|the quarter: the division dented but inside its line, the wards safer than the dashboard feared in October}. # claim budget>=40 # claim care>=45
}
Then, unusually, she stops talking and asks the room what it thinks.
{role == "clinician":
    The room answers. Grace Okafor speaks twice, and Dr Marsh calls one of her points "the Larch way", as if she had thought of it herself. # claim trust.clinicians>=45
- else:
    The room answers. A ward sister's name is read into {weeks == 4:the review's minutes|the board minutes}, and for once you did not have to put it there yourself. # claim trust.clinicians>=45
}
{arc_board == 2:
    {weeks == 4 or board_week > 3:From its next meeting the system board will have a standing consultant seat beside Sunita Rao's, each with a named deputy. Sunita has already asked the chair for the community beds plan to come to the first one.|The system board has a standing consultant seat beside Sunita Rao's now, each with a named deputy. When a plan to cut community beds reached the table, Sunita asked where those patients would go instead, and the plan went back for a month.}
}
{arc_paired == 2:
    The pair you set up for paired learning present {weeks == 4:the start of }their joint project: {paired_marcus and not paired_priya and not w5_paired_agreed:one page on what a Larch night costs, in shifts and in pounds|one page on what "escalate" means on a ward at three in the morning}. Janet wants it trust-wide. The clinician of the pair says ward by ward, and Janet, after a pause you could drive a trolley through, agrees.
}
{kitchen:
    {week > kitchen_week:On the shared kitchen's whiteboard someone has written "NCTR = No Cake To Return". Marcus Webb denies it was him.|The shared kitchen opens on Monday. Kev has already bought the kettle.}
}
The tension you went looking for lived somewhere few people were aiming. You aimed there, more than once. # claim right>=2
{wellbeing >= 50:
    It did not fix the hospital; {weeks == 4:winter is still coming|winter is only starting}. But the people who were quietly planning to leave in the spring have, for now, stopped updating their CVs on night shift. # claim wellbeing>=50
- else:
    It did not make anyone less tired. Sickness on Larch is still high, and Bernie Quinn's list of people who need a proper rest is longer than the rota allows. But they are telling her now. # claim wellbeing<50
}
{role == "clinician":
    {arc_induction == 2:
        Your clinical director sessions are protected, on a handshake with Dr Marsh; January's job planning is meant to put them in writing. You will believe it when the rota does.
    - else:
        Your job plan review is in January. For the first time you know what you will ask for.
    }
    On Friday Ade Bello stops you in the corridor to say the new healthcare assistant on nights is good, and that she knows who to ring. That is the whole conversation. You think about it all weekend.
- else:
    Your appraisal form has a box for "key relationships". Last year you wrote three executives' names. {weeks == 4:This time|This quarter} you run out of space, and put Kev Doyle at the bottom, because he has told you more about this hospital than most of the names above him.
    Grace Okafor sends you an email on Friday with no subject line. It says: "Larch did well this {weeks == 4:month|quarter}. So did you." You do not reply in case you ruin it. # claim trust.clinicians>=45
}
When the next decision lands from Riverside House, someone on Larch will pick up the phone before filling in a Datix, and someone in Riverside House will answer it. # claim trust.clinicians>=45 # claim trust.executives>=45
-> scene_end

=== ending_two_worlds ===
# title Two hospitals
# place exec
{weeks == 4:A month into the quarter|By the end of the quarter} Alderbank General is{weeks == 4: still|}, on paper, one hospital. In practice it is two, and most days you live in one of them.
{
- trust_executives >= trust_clinicians && trust_executives >= trust_leaders:
    {trust_executives >= 50:
        Riverside House rates you. Janet Cole has started copying you into emails "for awareness", which in Riverside House is a promotion. Your plans arrive on time and your papers are short. # claim trust.executives>=50
    - else:
        Riverside House is the warmer of your two hospitals, which is not saying much. Your papers are short, and Janet Cole reads them. # claim trust.executives<50
    }
    {trust_clinicians <= trust_leaders:
        {trust_clinicians < 40:
            On the wards your name means something else. When you walk onto Larch the talk at the nurses' station stops, politely, and starts again after you have gone. # claim trust.clinicians<40
        - else:
            On the wards they are civil and careful with you. Grace Okafor is unfailingly courteous, which is how you know. # claim trust.clinicians>=40
        }
        The pulse survey's comment box has one sentence, in different words, eleven times: they decide, we find out.
    - else:
        The consultants are another matter. At the medical staff committee your name comes up under "any other business", and nobody looks at you while it does.
    }
- trust_executives <= trust_clinicians && trust_executives <= trust_leaders:
    {trust_clinicians >= trust_leaders:
        {trust_clinicians >= 50:
            The front line trust you. Nurses stop you in corridors; the registrars on nights text you when something is going wrong, which is both a compliment and a sleep problem. # claim trust.clinicians>=50
        - else:
            The wards give you a hearing, which is more than they give Riverside House. The registrars on nights have your number and, now and then, use it. # claim trust.clinicians<50
        }
    - else:
        {trust_leaders >= 50:
            The consultants and senior nurses back you. When you speak at the medical staff committee, people put their phones down. # claim trust.leaders>=50
        - else:
            The consultants and senior nurses give you a hearing, which is more than they give Riverside House. # claim trust.leaders<50
        }
    }
    {trust_executives < 40:
        In Riverside House you are the person who slows things down. {open_cole:Janet Cole still rings you herself, but the Tuesday planning meeting goes on without you; its minutes arrive a day late, the decisions already made.|Janet Cole no longer invites you to the Tuesday planning meeting, and its minutes arrive a day late with the decisions already made.} # claim trust.executives<40
    - else:
        In Riverside House you are "valued", in the voice people use for a colleague they have stopped consulting. The Tuesday planning meeting happens; you read about it on Wednesday. # claim trust.executives>=40
    }
- trust_clinicians > trust_leaders:
    The wards give you a hearing; the consultants and senior nurses give you much less of one. Dr Marsh calls you "very close to the shop floor", and she does not mean it as praise. At the medical staff committee your papers are taken as read, which means nobody has read them.
- else:
    The consultants and senior nurses back you, more or less; the wards, much less. Bernie Quinn tells you, kindly, that Larch thinks you only come down when someone senior is watching. The pulse survey's comment box has one sentence, in different words, eleven times: they decide, we find out.
}
{
- budget >= 55:
    The money held: the division ends the {weeks == 4:month|quarter} on plan, and Marcus Webb says so in both buildings. Only one of them believes it matters. # claim budget>=55
- budget >= 40:
    The money slipped behind plan but stayed inside its line. Marcus Webb asks both buildings for a recovery trajectory; only one of them sends one. # claim budget>=40 # claim budget<55
- else:
    The money did not hold. Marcus Webb's recovery plan is due on Monday, and each hospital assumes the other one caused it. # claim budget<40
}
{care >= 45:
    The wards stayed safe enough, and both hospitals take the credit for it. # claim care>=45
- else:
    Care slipped {weeks == 4:this month|this quarter}. The patient safety reports arrive in both buildings on the same day, and each reads a different cause in them. # claim care<45
}
{role == "clinician":
    You tell yourself it is the job: a clinical director stands between two worlds. {trust_executives <= trust_clinicians && trust_executives <= trust_leaders:In Riverside House they still call you "Doctor", and have stopped asking what you think.|{trust_leaders <= trust_clinicians:At the consultants' meeting they call you "management" now. In Riverside House they still call you "Doctor".|On the wards they call you "management" now. In Riverside House they still call you "Doctor".}}
- else:
    You tell yourself it is the job: a general manager translates between the board and the wards. It feels less like translation and more like carrying letters between two countries that have stopped reading each other's post.
}
{
- addressed:
    You did find where the tension really sat, and you aimed there. It helped. It did not carry the people you had left on the other side. # claim right>=2
- right_moves >= 1:
    You aimed where the tension really sat {right_moves == 1:once|{right_moves == 2:twice|{in_words(right_moves)} times}}{wrong_moves > right_moves:, and more often somewhere else|{wrong_moves == right_moves:, and as often somewhere else}}. It was not enough to change what either hospital expects of the other. # claim right>=1
- else:
    Where the tension really sat was never quite where you were looking. # claim right<=0
}
The {weeks == 4:month-end|quarter} review is polite. The minutes say "mixed engagement", and each hospital reads it as a remark about the other.
{weeks == 4:Next month starts with the same savings target, a month older,|Next quarter starts with a new savings target} and a bed forecast nobody believes. Both hospitals will get the same email. They will read it differently.
-> scene_end

=== ending_holding ===
# title Holding the line
# place exec
Nothing broke. That is the headline, and at Alderbank General this autumn it is not a small one. # claim care>=45 # claim budget>=40
The wards stayed open, and the queue in ED for medical beds was no longer than in any other autumn. # claim care>=45
{budget >= 55:
    The budget finished the {weeks == 4:month|quarter} where the forecast said it would, which Marcus Webb calls "a triumph of forecasting" with a face that suggests he is not joking. # claim budget>=55
- else:
    The budget finished the {weeks == 4:month|quarter} below plan but above the line Marcus Webb can defend, which he calls "a respectable overspend" with a face that suggests he is not joking. # claim budget>=40 # claim budget<55
}
{role == "clinician":
    You kept your clinical sessions, most of the time. You chaired the meetings, answered the emails, missed two clinics and one family meeting you still think about.
    {trust_leaders >= 45:
        The consultants say you have "done a decent job in an impossible role". It is the most they say about anyone. # claim trust.leaders>=45
    - else:
        The consultants call it "an impossible role", and leave it there. # claim trust.leaders<45
    }
- else:
    You ran the division, chased the numbers and kept Janet Cole from escalating you to anyone more senior. The ward sisters know your name now. Whether they would ring you before the union is another question.
}
{trust >= 50:
    Most people would work with you again, on a good day. {weeks == 4:Monday's pulse survey had medicine where it always is; nobody expected a month to move it.|{trust_clinicians >= 60:The pulse survey beat the old national figure, just, and nobody yet knows whether it will again.|The pulse survey is neither better nor worse, and the free-text comments read like last quarter's.}} # claim trust>=50
- else:
    Trust is thin, evenly spread: more people are waiting to see than are willing to back you. {weeks == 4:Nobody needs a survey to tell you so.|{trust_clinicians < 40:The pulse survey fell, and the free-text comments are the ones Janet skipped.|The free-text comments in the pulse survey read like last quarter's.}} # claim trust<50
}
{
- addressed:
    You did some of the right things in the right place. They were slow to land, and not everyone came with you. # claim right>=2
- right_moves >= 1:
    You aimed where the tension really sat {right_moves == 1:once|{right_moves == 2:twice|{in_words(right_moves)} times}}{wrong_moves > right_moves:, and more often somewhere else|{wrong_moves == right_moves:, and as often somewhere else}}. Nobody has yet said out loud that it was the place. # claim right>=1
- else:
    If there was a single place where the tension really sat, the {weeks == 4:month|quarter} ended without anyone naming it out loud, least of all you. # claim right<=0
}
{arc_paired >= 1 || arc_shadowing >= 1 || arc_training >= 1:
    Some of what you started is still running. It may pay off next {weeks == 4:month|quarter}, when nobody remembers who started it. That is often how it goes.
}
On Friday evening Kev Doyle wheels an empty bed past your office and says "Still here, then," which at Alderbank is a compliment, a greeting and a weather report in one.
You are still here. So is everyone else. Next {weeks == 4:month|quarter} the same problems will be waiting, slightly older, like a patient on a trolley who has learned the names of all the nurses.
-> scene_end

=== ending_worn_thin ===
# title Running on empty
# place exec
{care >= 45:
    Nothing broke on the wards this {weeks == 4:month|quarter}. # claim care>=45
- else:
    The wards stayed open this {weeks == 4:month|quarter}, which is not the same as nothing breaking. # claim care<45 # claim care>0
}
{budget < 25:
    The money is another matter, and nothing was mended either. # claim budget<25
- else:
    Nothing was mended either, and you can feel the difference in the corridors. # claim budget>=25
}
{budget < 40:
    {budget < 20:
        The money is nearly gone. Marcus Webb's forecast has a number in brackets at the bottom that the regional team will see before Christmas, and a recovery plan is due {weeks == 4:before the month-eight close|in January}. # claim budget<20
    - else:
        The money is running down. Marcus Webb's forecast has a number in brackets at the bottom, and a recovery plan is due {weeks == 4:before the month-eight close|in January}. # claim budget<40
    }
- else:
    The money, for once, is not the problem. The division finishes near enough to its forecast. # claim budget>=40
}
{
- care < 20:
    Care has slid a long way. Falls, missed observations and complaints are all up on Larch, and the patient safety team have started ringing Bernie Quinn before she rings them. # claim care<20
- care < 45:
    Care has slipped. More falls on Larch, more patients waiting overnight in ED for a medical bed, more complaints that start "nobody told us". # claim care<45
- care >= 60 && care_moved >= 5:
    Care is the one thing that went well, and your debrief shows which decisions lifted it, and what they cost. # claim care>=60 # claim care.moved>=5
- care >= 60:
    Care is the one thing that held well, because the people on the wards kept holding it. # claim care>=60 # claim care.moved<5
- else:
    The wards are safe, just, because the people on them keep making them so. # claim care>=45 # claim care<60
}
{budget < 40 && care < 45:
    Both are going the wrong way at once, which means every fix for one costs the other. # claim budget<40 # claim care<45
}
{role == "clinician":
    The {weeks == 4:month|quarter} ran on gaps: a registrar gap on the take, a clinic covered at a day's notice, questions on the bleep that only a consultant could answer. Your clinical director work happened in the car park and after nine.
- else:
    You spent the {weeks == 4:month|quarter} choosing between Janet Cole's trajectories and Bernie Quinn's list of nights she cannot staff. Every week only one got your time.
}
{wellbeing < 40:
    Sickness on Larch is creeping up. Ade Bello has done four extra nights this month, and he has stopped saying yes quite so quickly. # claim wellbeing<40
- else:
    The staff are tired in the ordinary way, not yet the dangerous one. # claim wellbeing>=40
}
{trust >= 50:
    People still trust you. They are just not sure you can do anything with it. # claim trust>=50
- else:
    Trust is thin everywhere, and evenly so, which is no comfort. # claim trust<50
}
{
- addressed:
    You did find where the tension sat, and you aimed there. It needed a {weeks == 4:month|quarter} with some slack in it, and there was none. # claim right>=2
- right_moves >= 1:
    You aimed where the tension really sat {right_moves == 1:once|{right_moves == 2:twice|{in_words(right_moves)} times}}{wrong_moves > right_moves:, and more often somewhere else|{wrong_moves == right_moves:, and as often somewhere else}}, in a {weeks == 4:month|quarter} with no slack to let it show. # claim right>=1
- else:
    Where the tension really sat, nobody named out loud. # claim right<=0
}
At the {weeks == 4:month-end|quarter} review Janet Cole calls the division "stable". Nobody on Larch would recognise the word, and nobody at the table asks them.
{role == "clinician":
    Afterwards Dr Marsh asks whether you are all right. You say yes, which is what consultants say, and go back to a clinic that started without you.
- else:
    Afterwards Marcus Webb walks back across the site with you and says, to the car park rather than to you, that he would rather have a bad number than a slow one.
}
{weeks == 4:At the ward huddles the reasons given for each gap are getting shorter|{trust_clinicians >= 60:The pulse survey held up, but its free-text comments are shorter than last quarter's|The free-text comments in the pulse survey are shorter than last quarter's}}. People have stopped explaining.
On Friday Bernie Quinn puts her head round your door, looks at the whiteboard of gaps for {weeks == 4:November|January}, and says, "Same again, then." It is not a question.
-> scene_end

=== ending_wrong_fix ===
# title The wrong fix
# place exec
You launched more initiatives this {weeks == 4:month|quarter} than in any {weeks == 4:month|quarter} since you took the job, and most of them went to the wrong place. # claim wrong>=3
{
- right_moves == 0:
    Every intervention you made was aimed somewhere the tension did not really sit. Each one was reasonable. Each one, on its own, was the kind of thing a leadership course recommends. # claim right<=0
- right_moves * 2 <= wrong_moves:
    Most of your interventions were aimed somewhere the tension did not really sit. {right_moves == 1:The one that landed was|The few that landed were} buried under the ones that did not. # claim right>=1
- else:
    More of your changes missed than landed. The {in_words(right_moves)} that landed were outnumbered, and each miss spent some of what they had earned. # claim right>=1
}
{role == "clinician":
    The consultants noticed first. Each change came with your name on it, and few touched what they kept raising with you. "Another one," a colleague says when your next email lands, not unkindly.
- else:
    The wards noticed first. Every new initiative arrived with your name on it, a launch email, a poster and a QR code, and missed the thing they were actually angry about. Someone has stuck the latest poster to the staff-room fridge, upside down.
}
They wanted one thing to change and got {in_words(wrong_moves)} others. By the last of them, nobody asked what it was for. # claim wrong>=3
{budget >= 40:
    The Budget meter ended the {weeks == 4:month|quarter} at {budget} out of 100; your debrief shows what moved it. # claim budget>=40
- else:
    The Budget meter ended the {weeks == 4:month|quarter} at {budget} out of 100, and Marcus Webb has questions. Your debrief shows where the money went. # claim budget<40
}
{
- care_moved >= 5:
    Care rose; your debrief shows which decisions lifted it, and what they cost. # claim care.moved>=5
- care_moved > -5:
    Care ended near where it began; your debrief shows what moved it either way. # claim care.moved>-5 # claim care.moved<5
- care >= 45:
    Care fell, though it ended above the line of 45; your debrief shows what took it down. # claim care.moved<=-5 # claim care>=45
- else:
    Care slipped under the line of 45; your debrief shows what took it there. # claim care<45
}
In her note after the {weeks == 4:month-end|quarter} review, Janet Cole's verdict is short: "Lots of activity." She means it kindly.
{review_wards_words:
    Dr Marsh remembers what you read out from the wards, in their own words, and asks why so little of what you launched answered it.
- else:
    Dr Marsh calls engagement "disappointing, given the effort". Grace Okafor says nothing at all, because she was not invited.
}
{trust_clinicians < 35:
    Two nurses on Larch hand in their notice the same week. Neither mentions you in her exit interview. Both mention not being listened to. # claim trust.clinicians<35
}
In the evening you reread your notebook, looking for where the trouble really sat. Either it is in there, in someone's own words, or it is in the conversations you did not have.
Next {weeks == 4:month|quarter} the problem will still be there, and the wards will be slower to believe the next launch.
-> scene_end

=== ending_special_measures ===
# title Special measures
# place finance
In week {week} the numbers stop adding up, and once they stop nobody at Alderbank General can make them start again. # claim budget<=0
The forecast {knows_outturn:outturn|year-end position}, {week >= 4:"challenging" for weeks, then "a significant concern"|"challenging" from the first month-end}, becomes a phone call. The regional team want to see the {knows_run_rate:run-rate|monthly spending}. Medicine's overspend is the biggest line in a trust deficit that was already off plan. Then they want the chief executive and the finance director. Within weeks NHS England puts the local system into its investigation and intervention regime: outside consultants go through every savings plan, and a triple lock follows: no new investment, business case or large contract unless the trust, the ICB and the region all say yes. Everyone calls it special measures; the formal kind, the Provider Improvement Programme, is talked about for the next review. # claim budget<=0
{role == "clinician":
    The turnaround director arrives on a Monday with a spreadsheet and a lanyard. By Wednesday every locum booking above a single shift goes to an executive panel. Your clinical director role now consists mostly of explaining to consultants why theirs were refused.
- else:
    The turnaround director arrives on a Monday with a spreadsheet and a lanyard. By Wednesday your budget-holder sign-off has been withdrawn, and every agency shift in the division goes to a panel that meets twice a week. You attend both.
}
Marcus Webb, who has been warning about this since week one, does not say "I told you so". He has the spreadsheet open on his second screen all day, like a man watching a house fire on a doorbell camera.
The vacancy freeze goes trust-wide. {larch_posts >= 2:Two nurses who had been offered posts on Larch have their start dates "paused".|Larch's recruitment is "paused", with everyone else's.} Grace Okafor covers the gap with bank shifts until bank shifts need a director's signature too.
{care >= 45:
    The wards, for now, are still safe. Everyone knows what a freeze does to that by March. # claim care>=45
- else:
    Care had been slipping before the money went. Now the gaps have nothing to fill them. # claim care<45
}
{trust_clinicians >= 50:
    The front line do not blame you, mostly. They have seen this before. They blame Riverside House, and they count you in Riverside House now, whichever side you started on. # claim trust.clinicians>=50
- else:
    The front line blame you, not entirely fairly. Nobody remembers the decisions that kept care going. Everybody remembers the ones that cost money and bought nothing they could see. # claim trust.clinicians<50
}
{week >= weeks:The {weeks == 4:month|quarter} is over. The debrief is not.|The {weeks == 4:month|quarter} ends early. The debrief does not.}
-> scene_end

=== ending_investigation ===
# title The investigation
# place ward
In week {week} a patient on Larch Ward becomes very unwell overnight and is not seen in time. He is moved to intensive care, and dies two days later. # claim care<=0
As soon as it is clear that something went wrong, the consultant looking after him and Bernie Quinn sit down with his family: what is known, what is not yet known, and that the trust is sorry. The letter that follows says the same in writing, and promises them a part in what happens next. The medical examiner reads his notes, speaks to his daughter, and refers his death to the coroner. # claim care<=0
The trust opens a patient safety incident investigation. Under the Patient Safety Incident Response Framework (PSIRF) it is led by trained investigators from outside the division, and it asks how the system let this happen. The observation round, the call, the bleep, the bed, and the staffing decisions above all of them: the investigators will look at every link, and their first questions are about the decisions your debrief lists under Patient care. # claim care<=0
{role == "clinician":
    They talk to you on a Tuesday afternoon, in a quiet room, and they are careful to say they are looking at the system and not at you. You believe them. You also know which decisions you made this {weeks == 4:month|quarter} shaped the system that night.
    The registrar who held the bleep is offered support before anyone asks her for an account. You arrange cover so that she can take it. Grace Okafor finds you in the car park afterwards and says she hopes somebody learns something. She does not say who.
- else:
    They talk to you on a Tuesday afternoon, in your own meeting room, and they are careful to say they are looking at the system and not at you. They ask which decisions about Larch's nights were signed off in this office. You answer honestly. There are more than you expected.
    Afterwards Kev Doyle, who took the patient up to Larch that evening, asks you whether the night staff are all right. The investigators already have them on their list. Nobody had asked Kev.
}
{trust_clinicians >= 50:
    The front line stand behind the people who were on shift, and, to your surprise, partly behind you. # claim trust.clinicians>=50
- else:
    The front line close ranks around the people who were on shift. You are outside them. # claim trust.clinicians<50
}
The investigation will take months. The family will wait longer than anyone. On Larch, the night staff take the handover a little more slowly, and nobody tells them to hurry.
{week >= weeks:The {weeks == 4:month|quarter} is over. The investigation is not.|The {weeks == 4:month|quarter} ends early. The investigation does not.}
-> scene_end

=== ending_no_confidence ===
# title No confidence
# place exec
{
- trust_leaders <= 0:
    In week {week} it stops being a grumble and becomes a letter.
    Thirty-four of medicine's consultants sign it, and Bernie Quinn's matrons add a page of their own. It tells the board the senior clinicians "no longer have confidence that their concerns are heard or acted upon", and lists six decisions. You recognise most of them. Several have your name on. # claim trust.leaders<=0
- trust_clinicians <= 0:
    In week {week} it stops being a grumble and becomes a letter. It comes from the wards: the nurses and healthcare assistants on four of them, and the medical registrars, through their union reps. It asks the board to hear them directly, because they no longer believe you will carry the message. # claim trust.clinicians<=0
- else:
    In week {week} it stops being a grumble, and nobody writes the letter, because nobody is left who would bother. Dr Marsh and Janet Cole ask to see you on a Friday at five and say they have "lost confidence in the working relationship". Your responsibilities are "being redistributed while we reflect". # claim trust<=10
}
{role == "clinician":
    You step down as clinical director at the end of the month, "to concentrate on clinical work". Your colleagues are kind about it in the way doctors are kind at a bedside where there is nothing left to do. Your clinical sessions, at least, are still there on Monday.
    Nobody volunteers to replace you. Dr Marsh starts asking around, and the consultants start finding reasons to be busy on Thursday afternoons.
- else:
    You are moved to "a strategic project" in Riverside House, with a desk by the window and no budget. The division gets an interim general manager, signed off as an exception, at a day rate Marcus Webb will not say out loud, who starts by asking for a list of the people who matter.
    Kev Doyle, moving a filing cabinet into your new office, says it is a nice view. It is. You can see Larch Ward from here.
}
{care >= 45:
    The wards stay safe through all of it, which says more about the wards than about anyone in Riverside House. # claim care>=45
- else:
    Care was already slipping. Nobody now has the standing to stop the slide, and everybody knows it. # claim care<45
}
Two registrars ask their training programme director not to be sent back to Alderbank, and the postgraduate dean books a quality visit. A ward sister takes early retirement a year before she had planned to. When the next pulse survey comes, "senior managers act on staff feedback" will fall again, to a number the board will decide not to put on the slide.
At the exit interviews the first box, reason for leaving, says less about pay than anyone in Riverside House expected.
{week >= weeks:The {weeks == 4:month|quarter} is over. The debrief is not.|The {weeks == 4:month|quarter} ends early. The debrief does not.}
-> scene_end
