// Wednesday: the theatre corridor and the staff café. Barrier: location (+ jargon). Level: organisation.
// Sets wed_showed_up (went to theatres in person) and wed_huddle (set up the 08:00 theatre–site huddle) for Friday.
// Reads mon_front_line (Kev heard how Monday went; Grace's tone on the phone).

=== week1_location ===
# title The list that wasn't
# barrier location
# place cafe
# day Wednesday
# level organisation
Wednesday, 06:40. An email leaves the site team's inbox with the subject line OPEL 4: ELECTIVE ACTIVITY STOOD DOWN. Alderbank reached the top of the escalation scale overnight, and every planned operating list today is cancelled to free beds.
At half past seven Mr Daniel Achterberg walks into theatres and finds his first patient, Mrs Doreen Pike, sixty-eight, booked for a bowel cancer resection. She is gowned, nil by mouth since midnight, and a student nurse is explaining, very kindly, that she can go home.
{role == "clinician": -> clinician_news}
-> manager_news

= clinician_news
Wednesday is your outpatient clinic, in the new block at the far end of the site. At ten to eight you are in the clinic room clearing letters before a fourteen-patient list, and your phone rings.
Good morning. Forgive the hour. Did you know my list has been cancelled by email? I have a lady with a cancer who has starved since midnight for nothing, and I heard it from a student nurse. # speaker achterberg worried
You did not know. The email went to the operational distribution list. Clinical directors are on it in theory; in practice yours files itself into a folder called Site, which you last opened in August.
* {hours >= 2} [Hand clinic to the registrar and walk to theatres # hours -2]
    # trust.leaders +3
    # care -1
    # wellbeing -1
    ~ wed_showed_up = true
    You ask your registrar to start the list and tell the clinic nurse you'll be forty minutes. The walk takes ten. Your clinic will run late until two, and the patients in the waiting room will not know why.
    Mr Achterberg is in the theatre corridor in scrubs and a paper hat, holding a coffee he hasn't touched.
    You came. I confess I didn't expect that. # speaker achterberg neutral
    -> corridor
* (c_rang) [Ring the site office between patients and find out what happened]
    # trust.executives +1
    # trust.leaders -1
    # later 1 trust.leaders -1
    The site manager answers on the third try, polite, exhausted and fast: OPEL 4, escalation beds, the day unit, flow, the SitRep at nine. You catch about half of it and write the word flow down twice.
    You text Daniel a summary of your half. He replies with a single full stop.
    -> lunch
* [Text back: in clinic until one, you'll find him then]
    # care +1
    # trust.leaders -2
    # wellbeing +1
    Didn't know, Daniel, I'm sorry. In clinic till one. I'll find you then. # speaker you
    Your fourteen patients are seen on time, which for them is what matters today. Mrs Pike goes home at half past nine in her daughter's car. Mr Achterberg does not reply.
    -> lunch

= manager_news
Your day began at quarter past six on the site call, from your kitchen table. Nine patients on trolleys in ED corridors, the day surgery unit opened overnight as an escalation area with eight medical patients in it, not one surgical bed free. The site manager proposed standing down electives and you agreed. On the numbers it was right. Your team sent the email.
At 07:52 Janet Cole forwards you a message from Mr Achterberg. She adds no comment of her own, which is a comment.
His subject line is Mrs Pike. It opens, with terrible courtesy, Dear Colleague.
* {hours >= 2} [Cross the car park to theatres now # hours -2]
    # trust.leaders +3
    # trust.executives -1
    ~ wed_showed_up = true
    You send your apologies for Janet's nine o'clock breach review, cross the car park and take the stairs down into the old block. Seven minutes. Nobody on the theatre corridor has seen you there before, and several people make a point of noticing.
    Mr Achterberg is by the double doors in scrubs and a paper hat, holding a coffee he hasn't touched.
    Good heavens. Riverside House has legs. # speaker achterberg neutral
    -> corridor
* [Reply with the bed state and the escalation policy attached]
    # trust.executives +1
    # trust.leaders -3
    # later 1 trust.clinicians -2
    You reply within ten minutes: the 06:00 bed state, the OPEL 4 declaration, section 6.2 of the escalation policy as a PDF. Janet replies to you alone: Thanks. Good.
    Mr Achterberg replies to all, copies in the entire surgical department and asks whether section 6.2 would care to explain itself to Mrs Pike.
    -> lunch
* [Ask Dr Marsh to call him, doctor to doctor]
    # trust.executives +1
    # trust.leaders -1
    # later 1 trust.leaders -2
    Dr Marsh says of course, leave it with her. She is in meetings until four, so she texts him instead: So sorry, Daniel, dreadful morning, let's catch up.
    He reads it, you later learn, aloud, to a coffee room.
    -> lunch

= corridor
Mrs Pike is in bay two of the admissions lounge, sitting upright on a trolley in a hospital gown and her own cardigan, handbag on her knees. Her daughter took the day off to drive her home afterwards. Afterwards has arrived early.
She's a P2 cancer, not a bunion. Six weeks of waiting, a bowel prep I wouldn't wish on a colleague, and now a taxi home. # speaker achterberg worried
{role == "clinician":
    Through the gap in the curtain you notice the things a physician notices: no drip up, a cup of water someone has moved out of her reach, a box of diabetes tablets in the open handbag.
- else:
    You can't read half of what hangs from the trolley, but you know her pathway without looking. She is on day fifty-eight of the sixty-two-day cancer standard. Cancelled on the day for a non-clinical reason, she is owed a new date within twenty-eight days; if she goes home today, a breach and a harm review go with her.
}
* {role == "clinician"} [Sit with Mrs Pike and check her over # hours -1]
    # care +4
    # trust.leaders +2
    # skill listening
    You introduce yourself, sit down and ask what she took this morning. Gliclazide at six, out of habit, and nothing since midnight. Her capillary glucose is 3.6.
    You get her a glucose drink and a sandwich, and a nurse to recheck in half an hour. Mr Achterberg watches you work with an expression you can't quite read.
    Since that email she'd stopped being a patient. She'd become a cancellation. # speaker achterberg neutral
    He promises her a new date within the week, and you stand beside him while he does it, so that it is two consultants making the promise.
* (c_bed) {role == "clinician"} [Ring Grace: trade a Larch bed to operate today # hours -1]
    # care +3
    # trust.leaders +3
    # trust.executives -2
    # wellbeing -1
    # later 1 care -1
    You work the chain out on the back of a theatre list. Beech, the surgical ward, has a medical outlier who belongs on Larch. If Larch sends someone home, the outlier comes back, and Beech has a bed for Mrs Pike tonight.
    {mon_front_line:
        Bed 9 could go. His TTOs aren't up, same as Monday. Write them yourself, walk them down to pharmacy, and he's home by twelve. # speaker okafor neutral
    - else:
        Bed 9, maybe. When pharmacy feels like it. # speaker okafor neutral
        It takes you a moment to understand that she means you should write the TTOs yourself and carry them down.
    }
    You do. Mrs Pike goes to theatre at two. The site team finds out at three, from the bed board, and is not pleased to learn that the clinical director has been running a private bed bureau.
* (c_listen) {role == "clinician"} [Let Daniel talk; ask how often this happens]
    # trust.leaders +3
    # skill listening
    How often does this happen? # speaker you
    Fourth time this quarter. Always an email, always after the patient has starved. The site call is at quarter past six and nobody from theatres is on it. The night coordinator's phone lives in a locker. # speaker achterberg neutral
    And I am told, very politely, that it's about flow. I had assumed flow was a plumbing matter. # speaker achterberg neutral
    Mrs Pike leaves at nine with a date to be confirmed. You let her go, because the alternative was a fight you had no time to start.
* {role == "manager"} [Sit with Mrs Pike and ask what today has cost her # hours -1]
    # care +2
    # trust.leaders +2
    # skill listening
    Her daughter has taken unpaid leave. Mrs Pike drank the bowel prep at four yesterday afternoon, has not slept, and would like to know, politely, whether anyone is in charge.
    A nurse says her BM is 3.6 and goes for a glucose drink. You ask what a BM is. A finger-prick sugar, it turns out, and it is low because she took her diabetes tablet this morning out of habit. The nurse looks faintly surprised to be asked.
    You find a slot in six days on the theatre schedule on your phone, and Mr Achterberg tells her himself. Between you, it is one promise instead of two apologies.
* (m_bed) {role == "manager"} [Ring the site manager: protect one bed, run her case # hours -1]
    # care +3
    # trust.leaders +3
    # trust.executives -2
    # later 1 care -1
    You know where the levers are. A side room on Beech is being held for the ED queue. You ask the site manager to release it to Mrs Pike and run her case as the only one on the list.
    There is a pause on the line long enough to hold an opinion. Then she does it.
    I'll say this for you. You pulled a lever. I didn't know we had levers. # speaker achterberg pleased
    Mrs Pike goes to theatre at eleven. At half past, Janet rings. You declared OPEL 4 at quarter past six and ran an elective at eleven; she would like the logic in writing by five.
* (m_listen) {role == "manager"} [Ask Daniel what would have helped this morning]
    # trust.leaders +3
    # skill listening
    What would have helped this morning? # speaker you
    A telephone call. A human voice at six saying, we may lose the lists, which of yours can't wait? I'd have told them Mrs Pike in one sentence. # speaker achterberg neutral
    He tells you about the night coordinator's phone, which lives in a locker; about the three cancellations before this one; about an email nobody reads any more because it is always the same email.
    Mrs Pike's taxi leaves at nine. You watch it go and wonder whether one phone call of yours would have kept her.
- Mr Achterberg asks you to find him in the staff café at one. He says it the way other people issue summonses.
-> cafe

= lunch
{role == "clinician":
    Clinic finishes at ten past one. The vending machine in the new block has been broken since March, so you walk to the staff café by the theatre corridor, the only place on the site where surgeons, porters and the odd manager queue for the same soup.
- else:
    Janet's nine o'clock breach review runs until eleven. # hours -1
    At half twelve you walk over to see the escalation beds on the day surgery unit, because the SitRep says they are open and you have never actually seen them. On the way back you stop at the staff café by the theatre corridor for a sandwich.
}
Mr Achterberg is at the corner table. Kev Doyle from portering, thirty years at Alderbank and keeper of everyone's coffee order, is wiping the next table very slowly.
{role == "clinician":
    Here they are. He's been waiting for you, Doc. Well. Waiting at you. # speaker doyle pleased
- else:
    Well, look who's come down from the mountain. # speaker doyle pleased
}
Do sit down. Perhaps you can explain something to me. What is OPEL 4, and why does it send a woman with a cancer home in a gown? # speaker achterberg worried
{role == "clinician":
    You know OPEL is the escalation scale and that four is the top of it. What four obliges anyone to do, you could not say under oath.
- else:
    You know OPEL by heart: Operational Pressures Escalation Levels, one to four. You also know, because you were on the call, that OPEL 4 lets the site cancel electives without obliging it to cancel cancer, and that nobody at quarter past six asked which was which.
}
* {role == "clinician"} [Admit you don't know; ring the site office and ask # hours -1]
    # skill understanding
    # trust.leaders +2
    # trust.executives +1
    I don't know exactly. Give me five minutes and we'll both know. # speaker you
    {clinician_news.c_rang:
        You ring the site manager again, and this time you ask her to slow down.
    - else:
        You ring the site manager from the table.
    }
    OPEL 4 lets the site stand down routine operating. It does not require cancer cases to go; those are supposed to be reviewed one by one, with the surgeon. At quarter past six there was no surgeon on the call to review them with.
    So it was a choice. # speaker achterberg neutral
    It was a choice made at dawn by people who didn't know what was on your list. # speaker you
* {role == "clinician"} [Tell him OPEL 4 means every elective goes]
    # trust.leaders +1
    # later 1 trust.leaders -3
    It's the top of the scale. At four, the electives go. Nobody had a choice. # speaker you
    He nods slowly, almost comforted to hear that it was nobody's fault. On Friday morning he will read the policy himself, find the paragraph about cancer cases, and remember exactly who told him otherwise.
* {role == "manager"} [Explain OPEL 4 plainly, including what it didn't require]
    # skill communication
    # trust.leaders +3
    # trust.executives -1
    OPEL 4 means we'd run out of safe places to put people. The day unit was full of medical patients, so yours had nowhere to wake up. It lets us stand down planned surgery. It doesn't make us cancel cancer, and this morning nobody asked which of yours couldn't wait. That's on us. On me, actually. I was on the call. # speaker you
    Mr Achterberg looks at you for a long moment.
    That is the first straight answer I have had from Riverside House in about four years. # speaker achterberg neutral
* {role == "manager"} [Walk him through the SitRep, escalation beds and breach position]
    # barrier jargon
    # trust.leaders -2
    # trust.executives +1
    You take him through it properly: the 06:00 SitRep, the NCTR list, the escalation beds on the day unit, four-hour performance at sixty-one per cent, two twelve-hour trolley waits.
    He listens with the patience of a man waiting for an anaesthetic to take.
    I understood perhaps a third of that. The third I understood was that nobody rang me. # speaker achterberg worried
- -> cafe

= cafe
{wed_showed_up:
    At one o'clock the staff café is at full roar. Kev Doyle from portering, thirty years at Alderbank and keeper of everyone's coffee order, has the corner table wiped before you reach it. Mr Achterberg is already sitting at it.
    Word is you came down in person this morning. It's all round the basement. # speaker doyle pleased
}
Dr Priya Nair arrives from ED on her first break in seven hours and takes the last chair at your table without asking.
{corridor.c_bed or corridor.m_bed:
    Someone pinched a bed off my corridor this morning for a surgical case. Fine. I had a ninety-one-year-old on a trolley for fourteen hours. Just so everyone knows the price. # speaker nair worried
- else:
    Nine in the corridor at four this morning. One was ninety-one, fourteen hours on a trolley. So forgive me if I don't weep for the list, Daniel. # speaker nair neutral
}
{corridor.c_bed or corridor.m_bed:
    I'm sorry for your ninety-one-year-old, Priya. Truly. I would still rather have been rung than emailed. # speaker achterberg neutral
- else:
    I would never ask you to, Priya. I'd ask somebody to ring me. # speaker achterberg neutral
}
Nobody rings anybody. We email each other's consultants at dawn and call it a system. # speaker nair neutral
The site call happens at quarter past six in Riverside House. Theatres starts at half seven, two hundred metres and one car park away. ED sits in between. As far as anyone at this table knows, the three have never been in the same room at the same time.
{corridor.c_listen or corridor.m_listen:
    And the night coordinator's phone is still in a locker.
}
* [Set up a daily 08:00 huddle here: theatres, site, ED # hours -1]
    # level organisation
    # skill communication
    # trust.leaders +3
    # later 1 budget +2
    ~ wed_huddle = true
    Every weekday at eight, ten minutes, this table. The theatre coordinator, the site manager, whoever's first on the list, someone from ED. Standing up. If lists have to go, we choose which ones together. # speaker you
    In the café? # speaker achterberg neutral
    It's the one room both sides already walk into. # speaker you
    Eight's handover. You'll get whichever of us is least dead. # speaker nair neutral
    {role == "clinician":
        You ring Janet's office to ask for the site manager's time. Her PA asks which cost centre the huddle sits under. You promise to come back to her, and make a note to find out what one is.
    - else:
        Before you leave the table you email the site manager's rota lead and copy Janet. Janet replies inside four minutes: Fine, if it doesn't delay the 09:00 SitRep.
    }
    I'll keep the table. Nobody argues with a man holding a cloth. # speaker doyle pleased
* [Put the theatre coordinator on the 06:15 site call]
    # level organisation
    # care +1
    # trust.leaders +1
    # later 1 care +1
    It's cheap and sensible: from tomorrow the theatre coordinator dials into the site call whenever the hospital goes above OPEL 2.
    {corridor.c_listen or corridor.m_listen:
        You also ask for a phone that lives in a pocket instead of a locker. Daniel almost smiles.
    }
    It is one more voice on a phone line at quarter past six. Nobody is any nearer anybody.
* {role == "clinician" and wed_showed_up} [Offer to join the 06:15 site call yourself, three days a week]
    # level organisation
    # trust.executives +3
    # trust.leaders +1
    # wellbeing -3
    # later 1 wellbeing -2
    I'll be on the call Mondays, Wednesdays and Fridays. If lists are going, a clinician will be on the line when it's decided. # speaker you
    Welcome to the six a.m. club. There are no biscuits. # speaker nair pleased
    Janet's office accepts within the hour, delighted. Nobody asks what comes off your job plan to make room, and you don't mention that the answer is sleep.
* {role == "manager" and wed_showed_up} [Work from a café table every Wednesday morning # hours -2]
    # level organisation
    # trust.clinicians +3
    # later 1 trust.clinicians +2
    You tell Kev you'll be at the corner table every Wednesday from eight till ten, with a laptop and no agenda.
    If you start turning up, people will start telling you things. # speaker achterberg neutral
    That's the idea. # speaker you
    They'll tell you things you don't want to hear. That's the other idea. # speaker nair pleased
* {role == "clinician" and not wed_showed_up} [Promise to raise it at the clinical directors' meeting]
    # trust.leaders -2
    # later 1 trust.leaders -2
    I'll take it to the clinical directors' meeting. It needs to be heard at the right level. # speaker you
    It goes on next month's agenda as item eleven, under any other business. Daniel has sat through enough item elevens to know what that means.
* {role == "manager" and not wed_showed_up} [Ask the site team for a better cancellation email]
    # trust.leaders -2
    # trust.executives +1
    You ask the site team for a proper template: patient names, the reason, a number to ring. It will be live by Monday.
    A better email is still an email. # speaker achterberg neutral
- Nair goes back to ED with half a sandwich. Kev gathers the cups slowly, which with Kev means he has something to say.
You know what they call Riverside House down here? # speaker doyle pleased
* [Buy Kev a tea and ask what the corridor's saying # hours -1]
    # skill listening
    # trust.clinicians +2
    # later 1 trust.clinicians +1
    Go on, Kev. Tea's on me. # speaker you
    The Kremlin. Nobody goes in, nobody comes out. # speaker doyle pleased
    He tells you more in ten minutes than the last staff survey did. The anaesthetists have a WhatsApp group called Cancelled Again. The night site manager rang theatres at three and nobody picked up. Sister Okafor on Larch has started asking who actually decides anything round here.
    {mon_front_line:
        And you asked Ade what nights were like, Monday. Nobody asks Ade. He's told half the basement. # speaker doyle pleased
    }
    {role == "clinician":
        He adds, kindly, that the juniors reckon you've gone upstairs for good. You tell him you still do the take on Thursdays. He says he'll pass it on, and you believe him.
    - else:
        He adds, kindly, that most of the nurses know your lanyard better than your name. He offers to fix that, and you suspect he will.
    }
* {role == "clinician"} [Laugh it off and get back to your patients]
    # wellbeing +1
    You laugh, say you can guess, and head back across the site to the work that won't wait.
    The Kremlin! Nobody goes in, nobody comes out! # speaker doyle neutral
* {role == "manager"} [Laugh it off and head back to Riverside House]
    # trust.executives +1
    You laugh, say you can guess, and head back across the car park to a two o'clock with Janet.
    The Kremlin! Nobody goes in, nobody comes out! # speaker doyle neutral
- Outside, the car park is full: consultants' cars on one side, managers' cars on the other, and a porter's bicycle chained to the railing in between.
-> scene_end
