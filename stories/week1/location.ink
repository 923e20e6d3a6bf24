// Wednesday: the theatre corridor and the staff café. Barrier: location (+ jargon). Level: organisation.
// Sets wed_showed_up (went to theatres in person) and wed_huddle (set up the 08:00 theatre–site huddle) for Friday.
// Reads mon_front_line (Grace's answer on the phone; Kev has heard about Ade).

=== week1_location ===
# title The list that wasn't
# barrier location
# place cafe
# day Wednesday
# level organisation
Wednesday, 06:40. The site team emails the hospital: OPEL 4: ELECTIVE ACTIVITY STOOD DOWN.
At half past seven Mr Daniel Achterberg, clinical lead for theatres, finds his first patient, Mrs Doreen Pike, gowned and starved for her bowel cancer operation. A student nurse is telling her, very kindly, to go home.
{role == "clinician": -> clinician_news}
-> manager_news

= clinician_news
Wednesday is your clinic, at the far end of the site. At ten to eight your phone rings.
Did you know my list was cancelled by email? A lady with a cancer, starved since midnight for nothing, and I heard it from a student nurse. # speaker achterberg worried
You did not. The site emails file themselves into a folder you last opened in August.
* {hours >= 2} [Hand clinic to your registrar and walk to theatres # hours -2]
    # trust.leaders +3
    # care -1
    # wellbeing -1
    ~ wed_showed_up = true
    Your clinic will run late until two. Mr Achterberg is in the theatre corridor, holding a coffee he hasn't touched.
    You came. I confess I didn't expect that. # speaker achterberg neutral
    -> corridor
* (c_rang) [Ring the site office between patients]
    # trust.executives +1
    # trust.leaders -1
    # later 1 trust.leaders -1
    The site manager is polite, exhausted and fast: escalation beds, the day unit, the SitRep at nine. You text Daniel the half you caught. He replies with a full stop.
    -> lunch
* [Text back: in clinic till one, you'll find him then]
    # care +1
    # trust.leaders -2
    # wellbeing +1
    Your clinic runs on time. Mrs Pike goes home. Mr Achterberg does not reply.
    -> lunch

= manager_news
You were on call. At quarter past six, from your kitchen table: nine on ED trolleys, eight medical patients in the day surgery unit, no surgical bed. On the numbers, standing down electives was right. You agreed.
At 07:52 Janet Cole forwards you Mr Achterberg's email, subject line Mrs Pike. She adds no comment, which is a comment.
* {hours >= 2} [Cross the car park to theatres now # hours -2]
    # trust.leaders +3
    # trust.executives -1
    ~ wed_showed_up = true
    Seven minutes. Nobody on the theatre corridor has seen you there before. Mr Achterberg is holding a coffee he hasn't touched.
    Good heavens. Riverside House has legs. # speaker achterberg neutral
    -> corridor
* [Reply with the bed state and the escalation policy]
    # trust.executives +1
    # trust.leaders -3
    # later 1 trust.clinicians -2
    Mr Achterberg replies to all, asking whether section 6.2 would care to explain itself to Mrs Pike.
    -> lunch
* [Ask Dr Marsh to call him, doctor to doctor]
    # trust.executives +1
    # trust.leaders -1
    # later 1 trust.leaders -2
    In meetings until four, she texts him: So sorry, Daniel, dreadful morning. He reads it aloud to a coffee room.
    -> lunch

= corridor
Mrs Pike sits on a trolley in her own cardigan, handbag on her knees.
She's a cancer, not a bunion. Six weeks of waiting, a bowel prep I wouldn't wish on a colleague, and now a taxi home. # speaker achterberg worried
{role == "clinician":
    You notice what a physician notices: no drip up, and a box of gliclazide in the open handbag.
- else:
    You know her pathway without looking: day fifty-eight of the sixty-two-day cancer standard. Cancelled on the day, she is owed a new date within twenty-eight days.
}
* {role == "clinician"} [Sit with Mrs Pike and check her over # hours -1]
    # care +4
    # trust.leaders +2
    # skill listening
    She took her gliclazide at six, out of habit. Her sugar is 3.6. You get her a glucose drink and a recheck in half an hour.
    Since that email she'd stopped being a patient. She'd become a cancellation. # speaker achterberg neutral
    He promises her a date within the week, with you beside him: two consultants, one promise.
* (c_bed) {role == "clinician"} [Ring Grace: free a Larch bed so she goes today # hours -1]
    # care +3
    # trust.leaders +3
    # trust.executives -2
    # wellbeing -1
    # later 1 care -1
    If Larch sends someone home, Beech's medical outlier comes back to Larch and Mrs Pike gets his bed.
    {mon_front_line:
        Bed 9. TTOs not up, same as Monday. Write them yourself and he's home by twelve. # speaker okafor neutral
    - else:
        Bed 9, maybe. When pharmacy feels like it. # speaker okafor neutral
    }
    You write the TTOs yourself, and Mrs Pike is listed for two. The site team learns at three that the clinical director runs a private bed bureau.
* (c_listen) {role == "clinician"} [Let Daniel talk; ask how often this happens]
    # trust.leaders +3
    # skill listening
    Fourth time this quarter. Always an email, always after the patient has starved. Nobody from theatres is on the site call. # speaker achterberg neutral
    I'm told it's about flow. I had assumed flow was a plumbing matter. # speaker achterberg neutral # term flow
    Mrs Pike leaves at nine with a date to be confirmed.
* {role == "manager"} [Sit with Mrs Pike and ask what today cost her # hours -1]
    # care +2
    # trust.leaders +2
    # skill listening
    Her daughter took unpaid leave. Mrs Pike would like to know, politely, whether anyone is in charge.
    Her BM is 3.6, a nurse says. You ask: a finger-prick sugar, low because she took her diabetes tablet out of habit.
    Mr Achterberg gives her a date in six days, with you beside him: one promise instead of two apologies.
* (m_bed) {role == "manager"} [Ask the site manager to release one bed for her # hours -1]
    # care +3
    # trust.leaders +3
    # trust.executives -2
    # later 1 care -1
    You ask the site manager for the side room on Beech held for the ED queue. There is a pause long enough to hold an opinion. Then she agrees.
    You pulled a lever. I didn't know we had levers. # speaker achterberg pleased
    She goes to theatre at eleven. Janet wants the logic of OPEL 4 at six and an elective at eleven in writing by five.
* (m_listen) {role == "manager"} [Ask Daniel what would have helped this morning]
    # trust.leaders +3
    # skill listening
    A telephone call. A human voice at six saying: we may lose the lists, which of yours can't wait? I'd have said Mrs Pike in one sentence. # speaker achterberg neutral
    Three cancellations before this one, he says, and the night coordinator's phone lives in a locker. Mrs Pike's taxi leaves at nine.
- Mr Achterberg summons you to the staff café at one.
-> cafe

= lunch
{role == "clinician":
    At ten past one, the staff café by the theatre corridor, where surgeons, porters and the odd manager queue for the same soup.
- else:
    At one you cross to the staff café by the theatre corridor, where you have rarely bought a sandwich.
}
Mr Achterberg waves you to his corner table.
What is OPEL 4, and why does it send a woman with a cancer home in a gown? # speaker achterberg worried
{role == "clinician":
    You know OPEL 4 is the top of the scale. What the policy says about cancer cases, you could not say under oath.
- else:
    You know the policy by heart: at OPEL 4 planned lists stand down automatically, and cancer cases are reviewed one by one with the surgeon. This morning nobody did. You were on the call.
}
* {role == "clinician"} [Admit you don't know; ring the site office and ask # hours -1]
    # skill understanding
    # trust.leaders +2
    # trust.executives +1
    I don't know exactly. Give me five minutes and we'll both know. # speaker you
    {c_rang:This time you ask the site manager to slow down. }The policy stands planned lists down at four, but cancer cases are reviewed one by one with the surgeon. There was no surgeon on the call.
    So it was a choice. # speaker achterberg neutral
* {role == "clinician"} [Tell him OPEL 4 means every elective goes]
    # trust.leaders +1
    # later 1 trust.leaders -3
    It's the top of the scale. At four, the electives go. Nobody had a choice. # speaker you
    He nods, almost comforted. On Friday he will read the policy, find the paragraph on cancer cases, and remember who told him otherwise.
* {role == "manager"} [Explain OPEL 4 plainly, including what it didn't require]
    # skill communication
    # trust.leaders +3
    # trust.executives -1
    It means we'd run out of safe places for patients. It lets us stand down planned surgery; it doesn't make us cancel cancer. Nobody asked which of yours couldn't wait. That's on me. # speaker you
    That is the first straight answer I have had from Riverside House in four years. # speaker achterberg neutral
* {role == "manager"} [Walk him through the SitRep, escalation beds and breaches]
    # jargon
    # trust.executives +1
    The 06:00 SitRep, the NCTR list, escalation beds, four-hour performance at sixty-one per cent, two twelve-hour trolley waits.
    I understood perhaps a third of that. The third I understood was that nobody rang me. # speaker achterberg worried
- -> cafe

= cafe
Kev Doyle, the porter, is wiping the next table.
{wed_showed_up:
    Word is you came down in person this morning. It's all round the basement. # speaker doyle pleased
}
Dr Priya Nair, medical registrar on the take, joins you on her first break in seven hours.
{corridor.c_bed or corridor.m_bed:
    A bed went to a surgical case this morning. Fine. I had a ninety-one-year-old on an ED trolley for fourteen hours. Just so you know the price. # speaker nair worried
- else:
    Nine of mine on ED trolleys at four this morning, one of them ninety-one. Forgive me if I don't weep for the list, Daniel. # speaker nair neutral
}
And nobody rings anybody. We email each other's consultants at dawn and call it a system. # speaker nair neutral
The site call sits in Riverside House, theatres a car park away, ED in between. The three have never been in one room at once.
* [Set up a daily 08:00 huddle here: theatres, site, the take # hours -1]
    # level organisation
    # skill communication
    # trust.leaders +3
    # later 1 budget +2
    ~ wed_huddle = true
    Every weekday at eight, ten minutes, this table. If lists have to go, we choose which together. # speaker you
    In the café? # speaker achterberg neutral
    It's the one room we all walk into already. # speaker you
* {role == "clinician"} [Put a consultant on the day unit's medical patients at eight # authority cover]
    # level department
    # care +2
    # trust.leaders +3
    # wellbeing -2
    Those eight in your day unit are ours. From tomorrow a medical consultant sees them at eight, so they're home or on a medical bed by lunch. # speaker you
    That would give me my unit back. # speaker achterberg pleased
    It comes out of somebody's ward round. This week, yours.
* {role == "manager"} [Make it the rule: ring the surgeon before a cancer case goes # authority process]
    # level organisation
    # care +2
    # trust.leaders +3
    # trust.executives -1
    From tonight the on-call checklist has a new line: before a cancer or urgent case is stood down, ring its surgeon.
    One phone call. That's all I wanted. # speaker achterberg neutral
    It will add ten minutes to the six-fifteen call, and the site team will say so.
- Nair leaves with half a sandwich. Kev gathers the cups.
You know what they call Riverside House down here? # speaker doyle pleased
* [Buy Kev a tea and ask what the corridors are saying # hours -1]
    # skill listening
    # trust.clinicians +2
    # later 1 trust.clinicians +1
    The Kremlin. Nobody goes in, nobody comes out. # speaker doyle pleased
    The anaesthetists have a WhatsApp group called Cancelled Again, he adds.
    {mon_front_line:
        And you asked Ade about nights, Monday. Nobody asks Ade. He's told half the basement. # speaker doyle pleased
    }
    {role == "clinician":
        The residents reckon you've gone upstairs for good. I'll tell them you still do the take. # speaker doyle neutral
    - else:
        The nurses know your lanyard better than your name. I'll fix that. # speaker doyle neutral
    }
* {role == "clinician"} [Laugh it off; back to your patients]
    # wellbeing +1
    The Kremlin! Nobody goes in, nobody comes out! # speaker doyle neutral
* {role == "manager"} [Laugh it off; back to Riverside House]
    # trust.executives +1
    The Kremlin! Nobody goes in, nobody comes out! # speaker doyle neutral
- Outside: consultants' cars on one side, managers' on the other, a porter's bicycle in between.
-> scene_end
