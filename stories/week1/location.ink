// Wednesday: the theatre corridor and the staff café. Barrier: location (+ jargon). Level: organisation.
// Sets wed_showed_up and wed_huddle for Friday.

=== week1_location ===
# title The list that wasn't
# barrier location
# place cafe
# day Wednesday
Wednesday. At 06:40 an email left the site team's inbox: the hospital had gone to OPEL 4 overnight, and all elective operating lists for the day were cancelled to free beds.
At 07:30 Mr Daniel Achterberg walked into theatres to find his first patient of the day, Mrs Doreen Pike, sixty-eight, booked for a bowel cancer resection, already gowned, nil by mouth since midnight, and about to be sent home.
{role == "clinician": -> clinician_news}
-> manager_news

= clinician_news
You are in the outpatient clinic at the far end of the site, five minutes into a fourteen-patient list, when your phone buzzes.
Did you know about this? My patient has been NBM for eight hours and nobody thought to ring a human being. # speaker achterberg worried
You did not know. The email went to the operational distribution list. Clinical directors are on it in theory; in practice it lands in a folder called Site.
* [Hand your clinic to the registrar and walk over to theatres # hours -2]
    # trust.leaders +3
    # wellbeing -1
    # care -1
    ~ wed_showed_up = true
    You ask the registrar to start without you and walk across the site. It takes nine minutes. Your clinic will run forty minutes late all morning.
    Mr Achterberg is standing in the theatre corridor in his scrubs, holding a coffee he hasn't drunk.
    You came. I'll give you that. # speaker achterberg neutral
* [Text back: not your call, talk to the site team]
    # trust.leaders -3
    # trust.executives -1
    Not my decision, Daniel. The site team made the call overnight. Worth speaking to them. # speaker you
    He reads it, you imagine, in the theatre corridor. He does not reply. By ten o'clock three other surgeons have heard that the clinical director said it wasn't his call.
* [Reply with a careful email from clinic]
    # trust.leaders -2
    # later 1 trust.clinicians -2
    You write four paragraphs between patients: bed pressures, the escalation policy, regret. It is measured and correct.
    It is also forwarded, within the hour, to every surgeon on the theatre rota, with a one-word comment from Mr Achterberg at the top.
- -> cafe

= manager_news
You were on the 06:15 site call that agreed to stand the lists down. It was the right call on the numbers: nine patients in ED corridors, no medical beds, two escalation areas already open. Your team sent the email.
At 07:52 Janet forwards you a message from Mr Achterberg with no comment of her own, which is a comment.
* [Walk over to theatres now # hours -2]
    # trust.leaders +3
    # trust.executives -1
    ~ wed_showed_up = true
    You leave Riverside House, cross the car park and go down the old-block stairs to theatres. Seven minutes. Nobody on the theatre corridor has ever seen you there before.
    Mr Achterberg is standing by the double doors in his scrubs, holding a coffee he hasn't drunk.
    Oh. You're real. # speaker achterberg neutral
* [Reply by email with the escalation policy attached]
    # trust.leaders -3
    # later 1 trust.clinicians -2
    You reply with the bed state, the OPEL 4 declaration and section 6.2 of the escalation policy as a PDF.
    Mr Achterberg replies all, adds the whole surgical department, and asks whether section 6.2 would like to explain itself to Mrs Pike.
* [Ask Dr Marsh to have a word with him, doctor to doctor]
    # trust.leaders -2
    # trust.executives +1
    # later 1 trust.leaders -2
    Dr Marsh agrees to call him. She is in back-to-back meetings until four.
    By four, Mr Achterberg has told the story in theatre coffee rooms eleven times, and in none of them does anyone from management appear.
- -> cafe

= cafe
{wed_showed_up:
    You end up where everyone on this side of the site ends up: the staff café by the theatre corridor, with its coffee machine that sounds like a small aircraft.
- else:
    At one o'clock you need a sandwich, and the only place on this side of the site that sells one is the staff café by the theatre corridor.
    Mr Achterberg is at the corner table. So, inevitably, is Kev Doyle from portering, who has been at Alderbank for thirty years and knows everyone's coffee order.
    Well, look who's come down from the mountain. # speaker doyle pleased
}
Mr Achterberg puts down his cup.
Explain it to me, then. What is OPEL 4, and why does it mean a woman with a cancer who has starved since midnight goes home in a gown? # speaker achterberg worried
{role == "clinician": -> clinician_explain}
-> manager_explain

= clinician_explain
The honest answer is that you know OPEL is the escalation scale, one to four, and four is the worst. You are not sure what it obliges anyone to do.
* [Admit you don't know exactly; find out together # hours -1]
    # skill understanding
    # trust.leaders +2
    # trust.executives +1
    I don't know exactly what OPEL 4 requires. Let's find out. # speaker you
    You ring the site manager from the café. OPEL 4 means the hospital cannot deliver comprehensive care; it allows cancelling electives but does not require cancelling all of them. The cancer lists could have been protected. Nobody on the call had asked.
    So it was a choice. # speaker achterberg neutral
    It was a choice made at six in the morning by people who didn't know what was on your list. # speaker you
* [Bluff: it's the top bed-crisis level, they had no choice]
    # later 1 trust.leaders -2
    It's the highest escalation level. Once you're at four, the electives go. They had no choice. # speaker you
    Mr Achterberg nods slowly. By Friday he will have read the policy himself, found that cancer lists can be protected at OPEL 4, and remembered who told him otherwise.
* [Go with him to see Mrs Pike before she leaves # hours -1]
    # care +3
    # trust.leaders +3
    # skill listening
    You go together. Mrs Pike is sitting on the trolley with her handbag on her knees. She has told her daughter to take the day off work.
    Mr Achterberg promises her a date within the week. You stand beside him while he does it, so that two people from the hospital are making the promise, not one.
- -> structure

= manager_explain
You know OPEL by heart. Operational Pressures Escalation Levels, one to four. Four: the hospital cannot deliver comprehensive care. You also know it permits cancelling electives; it does not require cancelling cancer surgery.
* [Explain OPEL 4 plainly, including what it didn't require]
    # skill communication
    # trust.leaders +3
    OPEL 4 means we'd run out of room to treat people safely. It lets us cancel planned operations. It doesn't make us cancel cancer lists, and this morning we didn't stop to ask which lists were which. That's on us. # speaker you
    Mr Achterberg looks at you for a long moment.
    That is the first straight answer I've had from Riverside House in a year. # speaker achterberg neutral
* [Walk him through the escalation policy and the bed state]
    # trust.leaders -3
    # barrier jargon
    You explain the escalation triggers, the SitRep, the escalation beds on Rowan, the NCTR list and the four-hour breach position at 06:00.
    Mr Achterberg listens with the patience of a man waiting for an anaesthetic to work.
    I understood about a third of that. The third I understood was that nobody rang me. # speaker achterberg worried
* [Go with him to see Mrs Pike before she leaves # hours -1]
    # care +3
    # trust.leaders +3
    # skill listening
    You go together. Mrs Pike is sitting on the trolley with her handbag on her knees. She has told her daughter to take the day off work.
    You find her a date in six days from the theatre schedule on your phone, and Mr Achterberg tells her himself. Between you, it is one promise instead of two apologies.
- -> structure

= structure
Kev Doyle wipes the next table with great slowness, the better to hear.
This happens every time the hospital fills up. Somebody across the car park decides, somebody down here finds out. # speaker achterberg neutral
The site meeting is at six in the morning in Riverside House. Theatres starts at seven-thirty, two hundred metres and one car park away. The two have never been in the same room.
* [Set up a standing 08:00 huddle: theatres and site, in person # hours -1]
    # level organisation
    # skill communication
    # trust.leaders +3
    # later 1 budget +2
    ~ wed_huddle = true
    Every weekday at eight, ten minutes, here: the theatre coordinator, the site manager and whichever surgeon is first on. Standing up. If lists must go, we decide which ones together. # speaker you
    Here? In the café? # speaker achterberg neutral
    It's the only room both sides already walk into. # speaker you
    Kev, passing, says he'll make sure the table's free. He means it.
* [Put the theatre coordinator on the overnight escalation call]
    # level organisation
    # care +2
    # trust.leaders +1
    You arrange for the theatre coordinator to dial into the site call when the hospital goes above OPEL 3. It is sensible and cheap.
    It also means one more person on a phone line at six in the morning, and nobody in the same room.
* [Ask the site team for a clearer cancellation email]
    # level organisation
    # trust.leaders -2
    You ask for a better email template: patient names, reasons, a contact number.
    Mr Achterberg says that a clearer email is still an email, and goes back to theatres.
* {role == "clinician"} [Offer to join the early site call yourself twice a week # hours -2]
    # level organisation
    # wellbeing -3
    # trust.executives +3
    # trust.leaders +1
    You offer to be the clinical voice on the six o'clock call on Mondays and Wednesdays. Janet accepts before lunch.
    It is the right thing, and it is another two early mornings a week on top of a consultant job. You add it to a diary that has no white space left.
* {role == "manager"} [Work from a café table for an hour every Wednesday # hours -2]
    # level organisation
    # trust.clinicians +3
    # later 1 trust.clinicians +2
    You tell Kev you'll be at the corner table every Wednesday morning with a laptop and no agenda.
    Mr Achterberg says that if you start turning up, people will start telling you things. That, you tell him, is the idea.
- -> kev

= kev
Kev collects the cups.
You know what they call Riverside House down here? # speaker doyle pleased
* [Buy Kev a tea and ask what the corridor is saying # hours -1]
    # skill listening
    # trust.clinicians +2
    Go on, Kev. Tea's on me. What is the corridor saying? # speaker you
    The Kremlin. Because nobody goes in and nobody comes out. # speaker doyle pleased
    He tells you more in ten minutes than a staff survey: that the night site manager rang theatres at three a.m. and got no answer because the coordinator's phone lives in a locker; that the anaesthetists have a WhatsApp group called Cancelled Again; that Sister Okafor on Larch has been asking who actually decides things.
    {mon_front_line:
        And that you talked to Ade on Monday. Nobody talks to Ade. # speaker doyle pleased
    }
* [Laugh, and head back to your side of the site]
    You laugh, say you can guess, and head back across the car park.
    He calls it after you anyway: The Kremlin. Nobody goes in, nobody comes out. # speaker doyle neutral
- Outside, the car park is full of consultants' cars and managers' cars, parked on different sides.
-> scene_end
