// Week 2, Thursday in the emergency department. Barrier: status. Level: department.
// A change to the medical registrars' rota (evening registrar moved into ED), agreed at the trust's
// urgent care board on the medical director's word; the registrars were never asked. It is due to
// start in a fortnight, four weeks short of six weeks' notice.
// Dr Priya Nair is the medical registrar on the take, seeing medical referrals in ED.

VAR w2_rota_asked = false   // the player asked Priya what the registrars would have said
VAR w2_ed_physician = false // the CD put a consultant physician in ED until eight on weekdays, taking Tuesdays themself
VAR w2_rota_started = false // the rota was let start on time: the evening registrar in ED till midnight, the wards' bleep with a more junior doctor

=== w2_rota ===
# title The rota nobody asked about
# barrier status
# place ed
# day Thursday
# week 2
# level department
{here:
    Thursday, four o'clock, the medical referrals desk in ED: a phone that never stops, and Dr Priya Nair, the medical registrar, with six referrals waiting.
- else:
    You hear about the new rota at Thursday lunchtime, in an email from medical staffing with a spreadsheet attached and the words "no concerns raised".
}
The new medical registrar rota starts in a fortnight, four weeks short of six weeks' notice, with no registrar's work schedule reviewed. The evening registrar moves into ED from four till midnight, the wards' bleep passes to a more junior resident doctor, and the Wednesday teaching afternoon goes. Two of the acute consultants drafted it with ED's lead, and it was agreed at the trust's urgent care board "with the support of the medical director".
The registrars' exception reports have doubled since the summer. The guardian of safe working hours has read every one and asked twice to see the rota. The resident doctors' forum has sent medicine its own plan: a consultant in ED till eight, not a registrar till midnight, and keep the teaching. # request clinicians
{role == "clinician":
    The medical rota is yours to sign. The draft reached you on Tuesday, marked "for information". # aside
- else:
    It came through your office in the winter plan: no more locum second registrar on busy evenings, a saving already in your forecast. You initialled page three. # aside
}
{open_nair:
    {pressing:
    - "organisation":
        It's the trust. Dr Marsh agreed it at a board none of us knew existed, to fix a four-hour number. Nobody at that table has held the bleep this century. # speaker nair worried # clue organisation
    - "department":
        It's medicine. Our consultants never ask the registrars anything: rotas, teaching, the lot. Dr Marsh said yes because no consultant in medicine said a word. # speaker nair worried # clue department
    - else:
        It's two of the acute consultants. They sketched it with ED's lead over coffee. Most of the others would have asked us. # speaker nair worried # clue practice
    }
- else:
    {here:
        It's fine. We'll manage. We always do. # speaker nair neutral
    }
}
* {here} [Ask Priya what the registrars would have said, if asked]
    # trust.nair +3
    # skill listening
    ~ w2_rota_asked = true
    She answers between two referrals. Most of her list is not about hours.
    Everything the forum sent. And leave the wards' bleep with someone who's done a night on it. # speaker nair neutral
* {not here} [Ring Priya before the five o'clock meeting]
    # trust.nair +1
    # skill listening
    She answers between referrals. Nobody has asked her about the rota before, she says.
* {role == "clinician"} [Read the exception reports yourself # hours -1]
    # trust.clinicians +1
    # skill listening
    There are forty-three. Most are about finishing late; seven are about missed teaching. One asks, in the free-text box, whether anyone reads these. The guardian has replied: yes. She tells the resident doctors' forum you read them.
* {role == "manager"} [Ask the guardian for her summary of the exception reports # hours -1]
    # trust.clinicians +1
    # skill listening
    Forty-three since August: most about finishing late, seven about missed teaching. One asks whether anyone reads these. She does, she writes, and tells the resident doctors' forum you asked.
* {here} {role == "manager"} [Explain the locum saving the rota delivers]
    # jargon
    # trust.nair -2
    You explain the premium pay saved and the agency cap. It is all true. Priya hears you out and says, "So we're the saving."
* {here} {role == "clinician"} [Tell Priya the consultants had their reasons]
    # trust.nair -2
    # trust.leaders +1
    You say the consultants had reasons. She says she is sure they did, and it would have been nice to hear them. The two who drafted it hear that you stood up for them.
- The ED–medicine meeting is at five. The rota is item three. ED's clinical lead has asked for a medical registrar at the door for two winters.
{role == "clinician":
    You sit at the side, not at the consultants' end. Two registrars look at the chairs near you and, after a moment, take them.
- else:
    He shakes your hand and hopes you're not here about money. You say it's the rota. His smile stays where it was.
}
Dr Marsh has sent a note:
ED has forty medical referrals a day waiting over four hours. I backed it as a trial because doing nothing this winter isn't an option. If medicine has a better plan, I want it before Monday. # speaker marsh neutral # clue department
{open_nair:
    Priya speaks first, which registrars at this meeting never do. She has the exception reports in her hand.
- else:
    The registrars sit at the back, looking at their phones.
}
ED's lead says it would help if the registrars engaged more.
* [Ask the registrars what they would change]
    # finding absence
    # trust.nair +2
    # skill understanding
    Nobody answers at first. Then one says she is on her third long day, and another that he found out about the rota from a spreadsheet. ED's lead writes that down.
* [Agree with ED's lead: the registrars need to engage more]
    # finding absence
    # trust.leaders +2
    # trust.clinicians -3
    # later 2 trust.nair -3 why Priya had watched you side with ED's lead against the registrars
    You agree that engagement is a two-way street. The registrars say nothing more for the rest of the meeting.
* {role == "clinician"} [Offer ED a consultant physician until eight on weekdays # authority jobplan # hours -1]
    # intervene department asked clinicians
    # care +2
    # budget -1
    # trust.leaders -1
    ~ w2_ed_physician = true
    You put it to the five acute physicians as a change to their job plans, the hour after seven counted as premium time. Four agree; you take Tuesdays yourself. ED gets a senior decision-maker at the door; the registrar keeps the wards.
* {role == "manager"} [Put over-cap locum shifts for ED evenings to the exec # authority agency]
    # budget -4
    # care +2
    # trust.executives -1
    No agency locum registrar works at the cap rate this winter; the chief executive signs each over-cap shift, and they go on the weekly return. ED gets its registrar; your forecast loses its saving.
- The rota is due to be issued on Monday.
* (pulled) {role == "clinician"} [Pull it: rebuild with the registrars and give six weeks' notice # authority rota]
    # intervene department asked clinicians
    # trust.nair +2
    # trust.marsh -1
    You tell medical staffing not to issue it. The next one is built with two registrars, the guardian and the director of medical education in the room, and issued six weeks before it starts. ED's lead asks, fairly, what he does until then.
* (held) {role == "manager"} [Take the locum saving out of the forecast until registrars see the rota # authority budget]
    # intervene department
    # budget -2
    # trust.nair +1
    # trust.marsh -1
    You write the saving out of medicine's forecast and tell Janet why. With no money riding on it, the clinical director agrees to hold the rota six weeks. Marcus is not pleased; Dr Marsh's office asks who decided that.
* [Ask Dr Marsh to reopen it, with registrars at the table]
    # intervene organisation
    # skill communication
    # trust.nair +1
    She puts it back on the agenda with a registrar at the table. "I'd rather hear it now than in the exception reports," she says.
* [Ask the two consultants who drafted it to sit down with Priya]
    # intervene practice
    # skill communication
    # trust.nair +1
    One does, and finds she has a better plan than his. The other sends apologies.
* [Let it start on time; review it in three months]
    # budget +2
    # later 5 trust.clinicians -3 why The registrars heard the rota would start short of notice and without their teaching
    # later 7 care -2 why With the wards' bleep passed to a more junior doctor, evening ward reviews waited longer
    ~ w2_rota_started = true
    It starts in a fortnight. The week after, the guardian writes to Dr Marsh: four weeks short of six weeks' notice, exception reports attached.
- {
    - pulled or held:
        On Friday, a copy of the held draft is still on the staff-room wall. Someone has drawn a small skull next to midnight, and crossed it out.
    - w2_rota_asked:
        On Friday, Priya sends you a photo of the staff-room wall: the draft rota, with a sticky note saying "DRAFT – ask us".
    - else:
        On Friday, the draft rota is on the staff-room wall. Someone has drawn a small skull next to midnight.
}
-> scene_end
