// Week 2, Thursday in the emergency department. Barrier: status. Level: department.
// An ED rota change approved on the medical director's word; the registrars were never asked.

VAR w2_rota_asked = false

=== w2_rota ===
# title The rota nobody asked about
# barrier status
# place ed
# day Thursday
# week 2
# level department
{here:
    Thursday, four in the afternoon, the ED staff room: a sofa that has been slept on by three generations of registrars, a fridge with a sign saying THIS IS NOT A MORGUE, and the new rota pinned to the wall with a single drawing pin.
- else:
    You hear about the ED rota on Thursday evening, in an email from the medical staffing team with a spreadsheet attached and the words "no concerns raised".
}
The new rota starts in a fortnight. It moves the registrars' long days from twelve hours to thirteen, adds a fourth night in a row, and takes away the protected teaching afternoon. It was agreed last month "with the support of the medical director".
{here:
    Dr Marsh's name is at the bottom of the cover sheet. Nobody from ED's registrar group was at the meeting that agreed it.
}
Exception reports, the forms junior doctors file when they work past their rota, have doubled in ED this quarter. Nobody has replied to any of them.
{role == "clinician":
    You are a consultant. Consultants did not have their rotas changed. You notice that you had not noticed.
- else:
    The rota change saves on locum spend. It came through your office as part of the medical workforce plan, and you initialled page three.
}
{here:
    Priya Nair is on the sofa with a sandwich and her eyes closed. She opens one of them.
}
{open_nair:
    {pressing:
    - "organisation":
        It's not ED. It's the trust. Every rota, every job plan, decided in Riverside and signed off by Dr Marsh. The consultants here didn't get asked either. # speaker nair worried # clue organisation
    - "department":
        It's this department. The consultants decided. They never ask the registrars anything: rotas, teaching, the lot. Dr Marsh just signed what they sent up. # speaker nair worried # clue department
    - else:
        It's a couple of consultants in particular. Most of them would have asked us. Two of them wrote the rota in a pub and think we're ungrateful. # speaker nair worried # clue practice
    }
- else:
    {here:
        It's fine. We'll manage. We always do. # speaker nair neutral
    }
}
* {here} [Sit down and ask Priya what the registrars would have said if asked]
    # trust.nair +3
    # skill listening
    ~ w2_rota_asked = true
    She sits up. It takes twenty minutes. She has a list, and most of it is not about hours.
    We'd have said: keep the teaching afternoon. We'd have swapped the fourth night for a fifth weekend. We'd have said it costs the same. Nobody asked. # speaker nair neutral
* [Read the exception reports yourself, all of them # hours -1]
    # trust.clinicians +1
    # skill listening
    There are forty-three. Most are about finishing late. Seven are about missing teaching. One says, in the free-text box, "I don't know who reads these." Until now, nobody has.
* {role == "manager"} [Explain the locum savings the rota delivers]
    # jargon
    # trust.nair -2
    # trust.executives +1
    You explain the premium-pay savings and the agency cap. It is all true. Priya listens with her eyes closed and says, "So we're the saving."
* {role == "clinician"} [Tell Priya the consultants had their reasons]
    # trust.nair -2
    # trust.leaders +1
    You say the consultants had reasons. She says she is sure they did, and that it would have been nice to hear them.
- The ED department meeting is on Thursday at five. The rota is item three.
{role == "clinician":
    You arrive early and take a seat at the side, not at the consultants' end of the table. Two registrars look at the empty chairs near you and, after a moment, sit in them.
- else:
    You arrive early. The ED clinical lead shakes your hand warmly and says he hopes you are not here about money. You say you are here about the rota, and his smile stays exactly where it was.
}
Dr Marsh has sent a message to be read out: "I am confident the new rota has been developed collaboratively and reflects individual clinicians' responsibility for the service." # clue practice
{open_nair:
    Priya speaks first, which registrars at this meeting never do. She has the exception reports in her hand.
- else:
    The registrars sit at the back. When the rota comes up, they look at their phones. The ED clinical lead says, afterwards, that he is "disappointed by their lack of engagement".
}
{open_achterberg:
    Mr Achterberg, in for another item, says surgery redid its rota last year with the registrars in the room, and it took three meetings, and there were no complaints. He says this as if it were obvious.
}
* [Say out loud that the registrars' silence is exhaustion and exclusion, not resistance]
    # finding absence
    # trust.nair +2
    # trust.leaders -1
    # skill understanding
    You say it in the meeting: they are not refusing to engage. They were not asked, and they are on their third long day. The clinical lead goes slightly pink. Two registrars look up from their phones.
* [Agree with the clinical lead: the registrars need to engage more]
    # finding absence
    # trust.leaders +2
    # trust.clinicians -3
    # later 2 trust.nair -3
    You agree that engagement is a two-way street. The registrars hear exactly what you said, and also what you didn't.
* [Suggest the rota is discussed again when the registrars can attend]
    # trust.clinicians +1
    The meeting agrees to come back to it "at a suitable time". Nobody says when.
- The real decision is what happens to the rota before it starts.
* [Ask ED to rebuild the rota with the registrars in the room]
    # intervene department
    # trust.nair +2
    # hours -1
    You ask the ED clinical lead to hold the change for a month and rebuild it with the registrars. He agrees, slowly, because the exception reports are now on the table in front of him.
* [Ask the trust to require junior doctors' sign-off on any rota change]
    # intervene organisation
    # trust.executives -1
    You propose a trust-wide rule: no rota change without the junior doctors' representatives signing it. Dr Marsh says it is "a significant governance change". It goes to a committee.
* [Ask the two consultants who wrote it to sit down with Priya]
    # intervene practice
    # trust.leaders -1
    You ask the two consultants who drafted the rota to meet Priya, in person, before it starts. One does. One sends his apologies.
* [Let the rota start and review it in three months]
    # budget +2
    # later 3 trust.clinicians -3
    # later 3 care -2
    The rota starts. In three months you will review it, with the exception reports, which will be many.
- {w2_rota_asked:
    On Friday, Priya sends you a photograph of the staff room wall. The new rota is still there, with a sticky note on it: "DRAFT – ask us".
- else:
    On Friday, the rota is still on the staff-room wall. Someone has drawn a small skull next to the fourth night.
}
-> scene_end
