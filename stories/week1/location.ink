// Wednesday: the theatre corridor and the staff café. Barrier: location (+ jargon). Level: organisation.
// Sets wed_showed_up (went to theatres in person) and wed_huddle (set up the 07:30 theatre–site huddle) for Friday.
// Reads mon_front_line (Grace's answer on the phone; Kev has heard about Ade).

=== week1_location ===
# title The list that wasn’t
# barrier location
# place cafe
# day Wednesday
# level organisation
Wednesday, 06:40. The site team emails all staff: OPEL 4: ELECTIVE ACTIVITY STOOD DOWN.
At 07:30 Mr Daniel Achterberg, clinical lead for theatres, finds Mrs Doreen Pike gowned and starved for her bowel cancer operation, and the admissions nurse, apologising, sending her home.
{role == "clinician": -> clinician_news}
-> manager_news

= clinician_news
Ten to eight, halfway to clinic, your phone rings.
My list was cancelled by email. A lady with a cancer, starved since midnight, and I heard it from the admissions nurse. # speaker achterberg worried
You did not. Site emails file themselves in a folder you last opened in August.
{as_partner:
    You know what a bowel prep and a night with nothing to eat can do: dry, dizzy, salts upset, and for anyone on diabetes tablets a low sugar. She will have to do it all again. # aside
}
* {hours >= 2} [Hand clinic to your registrar and walk to theatres # hours -2]
    # trust.leaders +3
    # care -1
    # wellbeing -1
    ~ wed_showed_up = true
    Your clinic will run until two. Mr Achterberg is in the theatre corridor.
    You came. I confess I didn't expect that. # speaker achterberg neutral
    -> corridor
* (c_rang) [Ring the site office between patients]
    # trust.executives +1
    # trust.leaders -1
    The site manager is polite, exhausted and fast: escalation beds, the SitRep at nine. You text Daniel the half you caught. He replies with a full stop.
    -> lunch
* [Text back: you'll find him after clinic]
    # care +1
    # trust.leaders -2
    # wellbeing +1
    Your clinic runs on time. Mrs Pike goes home. Mr Achterberg does not reply.
    -> lunch

= manager_news
You were on the 06:15 site call: nine on ED trolleys, eight medical patients in the day surgery unit, no surgical bed. On those numbers, standing down the day's electives looked unanswerable. The executive on call said so, you agreed, and the call moved on to beds. # aside
At 07:52 Janet Cole forwards Mr Achterberg's email, subject Mrs Pike, with no comment, which is a comment.
* {hours >= 2} [Cross the car park to theatres now # hours -2]
    # trust.leaders +3
    # trust.executives -1
    ~ wed_showed_up = true
    Ten minutes, and you miss the eight o'clock bed meeting; the site team notice the empty chair. Mr Achterberg is in the theatre corridor.
    Good heavens. Riverside House has legs. # speaker achterberg neutral
    -> corridor
* [Reply with the bed state and the policy]
    # trust.executives +1
    # trust.leaders -3
    # later 1 trust.clinicians -2 why Theatre staff saw your policy reply in Mr Achterberg's reply-all, and took his side
    Mr Achterberg replies to all: would section 6.2 care to explain itself to Mrs Pike?
    -> lunch
* [Ask Dr Marsh to call him, doctor to doctor]
    # trust.executives +1
    # trust.leaders -1
    # later 1 trust.leaders -2 why Mr Achterberg read Dr Marsh's text aloud, and the surgeons took it as a brush-off
    In meetings till four, she texts him: So sorry, Daniel, dreadful morning. He reads it aloud to a coffee room. Janet, told, is glad it stayed between the doctors.
    -> lunch

= corridor
Mrs Pike sits on a trolley in her own cardigan. Mr Achterberg steps away from her trolley before he speaks.
She's a cancer, not a bunion. Four weeks of waiting, a bowel prep I wouldn't wish on a colleague, and now a taxi home. # speaker achterberg worried
{role == "clinician":
    You notice what a physician notices: not even water since midnight, no sugar checked since six, and gliclazide in her open handbag.
- else:
    Day fifty-eight of sixty-two on the cancer pathway. Cancel her today and she breaches unless someone finds a list this week. # aside
}
* {role == "clinician"} [Sit with Mrs Pike; check her over # hours -1]
    # care +4
    # trust.leaders +2
    # skill listening
    She took her gliclazide at six, out of habit. Her sugar is 3.6: a glucose drink, then toast, then a recheck.
    Since that email she'd stopped being a patient. She'd become a cancellation. # speaker achterberg neutral
    He gives her a date within the week: two consultants, one promise.
* (c_bed) {role == "clinician"} [Ring Grace: free a Larch bed for her # hours -1]
    # care +3
    # trust.leaders +3
    # trust.executives -2
    # wellbeing -1
    # later 1 care -1 why Larch's free bed went to the outlier from Rowan so that Mrs Pike could have his, and a medical patient waited longer on an ED trolley
    If Larch discharges one, the medical outlier on Rowan comes back to Larch and Mrs Pike gets his bed on Rowan.
    {mon_front_line:
        Bed 9, waiting on TTOs. Write them now, I'll walk them to pharmacy: home by twelve. # speaker okafor neutral
    - else:
        Bed 9, maybe. When pharmacy feels like it. # speaker okafor neutral
    }
    You write the TTOs; theatre 3 still has its team, and Mr Achterberg lists her for two. The site team learns at three that the clinical director runs a private bed bureau.
* (c_listen) {role == "clinician"} [Let Daniel talk; ask how often this happens]
    # trust.leaders +3
    # skill listening
    Fourth time since the summer. Always an email, always after the patient has starved. Nobody from theatres is on the site call. # speaker achterberg neutral
    I'm told it's about flow. I had assumed flow was a plumbing matter. # speaker achterberg neutral # term flow
    Mrs Pike leaves at nine, date to be confirmed.
* {role == "manager"} [Ask Mrs Pike what today cost her # hours -1]
    # care +2
    # trust.leaders +2
    # skill listening
    Her daughter took unpaid leave. Mrs Pike asks politely whether anyone is in charge.
    Her BM is 3.6: her sugar, a nurse explains, low from a tablet taken out of habit.
    Mr Achterberg finds her a slot on Friday's list, inside her sixty-two days with two to spare, with you beside him: one promise, not two apologies.
* (m_bed) {role == "manager"} [Ask the site manager to release a bed # hours -1]
    # care +3
    # trust.leaders +3
    # trust.executives -2
    # later 1 care -1 why The Beech side room held for ED went to Rowan's medical outlier so that Mrs Pike could have his bed, and the next ED patient waited longer
    After a call to the executive on call, the site manager moves the medical outlier on Rowan into the Beech side room held for the ED queue. Mrs Pike gets his surgical bed, and critical care confirm her enhanced-care bed for after theatre.
    You pulled a lever. I didn't know we had levers. # speaker achterberg pleased
    Theatre 3 still has its team: the anaesthetist has not been sent to ED yet. She goes to theatre at eleven. Janet wants OPEL 4 at six and an elective at eleven explained in writing by five.
* (m_listen) {role == "manager"} [Ask Daniel what would have helped this morning]
    # trust.leaders +3
    # skill listening
    A phone call at six: we may lose the lists, which of yours can't wait? I'd have said Mrs Pike in one sentence. # speaker achterberg neutral
    She's the fourth since the summer, and not one of them had a phone call. # speaker achterberg neutral
    Mrs Pike goes home in a taxi. He will spend the afternoon looking for a list inside her sixty-two days.
- Mr Achterberg summons you to the café at one.
-> cafe

= lunch
His secretary has booked you for one: the staff café by the theatre corridor, his corner table.
OPEL 4. Show me where it says a woman with a cancer goes home in a gown. # speaker achterberg worried
{role == "clinician":
    You know OPEL 4 is the top of the scale. What the policy says about cancer cases, you could not say under oath. # aside
- else:
    You know the policy: at OPEL 4 the executive on call may stand down routine lists; cancer and urgent cases stay unless their surgeon agrees. Nobody asked. You were on the call. # aside
}
* {role == "clinician"} [Admit you don't know; ring the site office # hours -1]
    # skill understanding
    # trust.leaders +2
    # trust.executives +1
    I don't know exactly. Give me five minutes and we'll both know. # speaker you
    {c_rang:This time you ask the site manager to slow down. }The action card lets the exec on call stand routine lists down at OPEL 4; cancer cases stay unless their surgeon agrees. There was no surgeon on the call.
    So it was a choice. # speaker achterberg neutral
* {role == "clinician"} [Tell him OPEL 4 means every elective goes]
    # trust.leaders +1
    # later 1 trust.leaders -3 why Mr Achterberg found the OPEL paragraph on cancer cases, and who had told him otherwise
    It's the top of the scale. At four, the electives go. Nobody had a choice. # speaker you
    He nods, almost comforted. On Friday he will find the paragraph on cancer cases, and remember who told him otherwise.
* {role == "manager"} [Explain OPEL 4 plainly, and what it didn't require]
    # skill communication
    # trust.leaders +3
    # trust.executives -1
    It means we're out of safe places for patients. It lets us stand down routine surgery, not cancer. Nobody asked which of yours couldn't wait. That's on me. # speaker you
    That is the first straight answer I have had from Riverside House in four years. # speaker achterberg neutral
    By four, Janet has heard that medicine apologised for the site call.
* {role == "manager"} [Walk him through the SitRep and breaches]
    # jargon leaders
    # trust.executives +1
    The 09:00 SitRep, the NCTR list, escalation beds, four-hour performance at sixty-one per cent, two twelve-hour trolley waits.
    I understood perhaps a third of that. The third I understood was that nobody rang me. # speaker achterberg worried
    Janet, told later, is glad surgery has heard the numbers.
- -> cafe

= cafe
Dr Priya Nair, medical registrar on the take, joins you: first break since eight.
{corridor.c_bed or corridor.m_bed:
    A bed went to a surgical case this morning. Fine. My ninety-one-year-old did fourteen hours on an ED trolley. Just so you know the price. # speaker nair worried
- else:
    Nine of mine on ED trolleys this morning, one of them ninety-one. Forgive me if I don't weep for the list, Daniel. # speaker nair neutral
}
Eight of ours are in Daniel's day unit, and nobody rings anybody. We email each other's consultants at dawn and call it a system. # speaker nair neutral
* [Set up a daily 07:30 huddle here, before the bed meeting # hours -1]
    # level department
    # skill communication
    # trust.leaders +3
    # later 1 care +2 why Fewer lists were cancelled on the day, once the huddle chose with the surgeons which ones ran
    ~ wed_huddle = true
    Every weekday at half past seven, ten minutes, this table, done before the bed meeting. If lists have to go, we choose which together. # speaker you
    In the café? # speaker achterberg neutral
    It's the one room we all walk into. # speaker you
* {role == "clinician"} [A consultant sees the day unit's medical patients at eight # authority cover]
    # level department
    # care +2
    # trust.leaders +3
    # wellbeing -2
    ~ wed_dayunit_round = true
    Those eight in your day unit are ours. From tomorrow a medical consultant sees them at eight: home or on a medical bed by lunch. # speaker you
    That would give me my unit back. # speaker achterberg pleased
    It comes out of a physician's morning, before their own ward round. This week, yours.
* {role == "manager"} [Make it your on-call rule: ring the surgeon first # authority process]
    # level organisation
    # care +2
    # trust.leaders +3
    # trust.executives -1
    ~ wed_surgeon_call = true
    The card already says a cancer or urgent case stays unless its surgeon agrees. From tonight, when I'm on call, that agreement is a phone call, made and logged before anyone is stood down. Janet gets the card with the step written in by Friday. # speaker you
    One phone call. That's all I wanted. # speaker achterberg neutral
    It will add ten minutes to the six-fifteen call. The site team will say so.
- Kev Doyle, the porter, is wiping the next table.
{wed_showed_up:
    Word is you came down in person. It's all round the basement. # speaker doyle pleased
}
You know what they call Riverside House down here? The Kremlin. Nobody goes in, nobody comes out. # speaker doyle pleased
* [Buy Kev a tea and listen # hours -1]
    # skill listening
    # trust.clinicians +2
    # later 1 trust.clinicians +1 why Kev told the basement you had sat down and listened, and the word spread
    {mon_front_line:
        And you asked Ade about nights, Monday. Nobody asks Ade. He's told half the basement. # speaker doyle pleased
    }
    {role == "clinician":
        The junior doctors reckon you've gone upstairs for good. I'll tell them you still do the take. # speaker doyle neutral
    - else:
        The nurses know your lanyard better than your name. I'll fix that. # speaker doyle neutral
    }
* {role == "clinician"} [Laugh it off; back to work]
    # wellbeing +1
* {role == "manager"} [Laugh it off; back to work]
    # trust.executives +1
    You tell it at the four o'clock site meeting. Janet laughs.
- Outside: consultants' cars on one side, managers' on the other, a porter's bicycle in between.
-> scene_end
