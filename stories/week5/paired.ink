// Week 5, Thursday night on Larch Ward. Barrier: jargon. Level: practice.
// The medical registrar on call and the Band 8a operations manager on call clash over "escalate" and "capacity".
// Starts the paired arc (or adds this pair to it). Reads mon_front_line (week one: Ade told you about nights).
// Lorna Finch is not in the cast: her words are narration or reported speech, never a speaker line.

VAR w5_escalate_board = false   // both meanings of "escalate" went up on Larch's whiteboard
VAR w5_paired_agreed = false   // Priya and Lorna are paired (new arc, or added to the running scheme)

=== w5_paired ===
# title What escalate means
# barrier jargon
# place ward
# day Thursday
# week 5
# level practice
{here:
    Thursday, eight in the evening, Larch Ward. Occupancy is ninety-seven per cent, and the six o'clock site meeting has put two more patients into Larch's day room tonight.
    Lorna Finch, the Band 8a operations manager on call, is at the nurses' station with a clipboard. Dr Priya Nair, {w2_rota_started:the evening registrar, ED's until midnight on the new rota, has come up because the foundation doctor holding the wards' bleep rang her.|the medical registrar holding the bleep tonight, has come up from seeing referrals in ED.}
- else:
    Thursday, eight in the evening. Occupancy is ninety-seven per cent, and the six o'clock site meeting has put two more patients into Larch's day room tonight. Your phone rings twice in five minutes.
    First Lorna Finch, the Band 8a operations manager on call. Then Dr Priya Nair, {w2_rota_started:the evening registrar, up from ED because the wards' foundation doctor rang her|the medical registrar holding the bleep tonight}, from the stairwell by Larch.
}
Lorna's position is simple. Larch has capacity for two; the site meeting has agreed it; concerns are escalated to the on-call manager, who tonight is Lorna. # term capacity
Capacity? There's one nurse for fourteen on that side and a man in bay three I'm worried about. When I escalate, I'm calling my consultant in, now. # speaker nair worried # term escalate
Lorna says that is not what escalation means in the policy.
{role == "clinician":
    {knows_escalate:
        You know both meanings of "escalate". Tonight each of them holds one.
    - else:
        To you, "escalate" is Priya's word: a sick patient, a senior doctor, now. Lorna's version sounds like paperwork. # aside
    }
- else:
    {knows_escalate:
        You know both meanings of "escalate". Tonight each of them holds one.
    - else:
        To you, "escalate" is Lorna's word: up the line, to whoever can decide, with the facts. Priya's version sounds like a different job. # aside
    }
}
{knows_capacity:
    Lorna's "capacity" is a bed that exists. Priya's is a nurse who doesn't.
}
{open_okafor:
    Grace Okafor, who should have gone home an hour ago, {here:says quietly to you|rings you from the ward office}:
    {pressing:
    - "organisation":
        This is what happens when the policies get written in Riverside. Everybody follows a different one. # speaker okafor worried # clue organisation
    - "department":
        This is medicine every night. We've no agreed way to say no to a bed. Surgery have one. # speaker okafor worried # clue department
    - else:
        It's these two, tonight. Different registrar, different manager tomorrow, same argument from scratch. # speaker okafor worried # clue practice
    }
- else:
    Grace Okafor is writing up her notes and does not look up.
}
* [Ask each of them what they mean by "escalate", in plain words # asks escalate]
    # trust.nair +1
    # skill understanding
    # finding same_word
    A sick patient, a senior doctor, at the bedside, now. # speaker nair neutral
    Lorna's answer: a problem goes up to the person who can decide, with the facts, so it is decided properly. # term escalate
    Both definitions are in trust documents. Neither document mentions the other.
* [Back Lorna: the site decision stands]
    # trust.executives +1
    # trust.nair -2
    # later 2 care -2 why With two extra patients and one nurse for fourteen, Larch's obs and drug rounds ran late
    The two patients come up at ten. Priya writes a Datix at midnight.
* [Back Priya: no more patients on Larch tonight]
    # trust.nair +2
    # trust.executives -2
    # later 2 care -1 why The two patients spent the night on ED trolleys, waiting for a medical bed
    Lorna rings the director on call, who rings you. The two patients wait in ED instead. By morning both have been in the department more than twelve hours, and the twelve-hour figure takes the hit.
* {role == "clinician"} [Review bay three yourself so Priya can get back to the take # hours -2 # authority cover]
    # trust.nair +2
    # care +1
    {here:You|You drive in and} see the man in bay three yourself, doing the registrar's review for her, so Priya can go back to the referrals waiting in ED.
    The day room fills at ten. Tonight is covered. Nothing about tomorrow night has changed.
* {role == "manager"} [Request an over-cap agency nurse for Larch tonight # authority agency]
    # budget -1
    # care +1
    # trust.okafor +1
    The bank has nobody, and no framework agency has anyone at the cap. You approve the shift and ring the executive on call, who signs over-cap shifts out of hours for the chief executive. It will appear in Monday's agency return, with your name on it.
    A nurse arrives at half past nine. The two patients come up to a ward with one more pair of hands, and Priya still calls her consultant about bay three.
* {role == "manager"} [Remind them both of the OPEL level and tonight's ten o'clock SitRep]
    # jargon
    # trust.nair -1
    You tell them where the hospital is against OPEL and what tonight's ten o'clock SitRep needs. Lorna nods. Priya says she doesn't have time for acronyms, and goes back to bay three.
* {role == "clinician"} [Tell Lorna bay three has NEWS2 six and lactate four]
    # jargon
    You tell Lorna exactly why bay three is worrying, in clinical terms. It is all true. Lorna writes down "lactate", with a question mark, and asks what you want her to do. You have not said.
- The man in bay three goes to the high-dependency unit at eleven. He does well.
{role == "clinician":
    {knows_escalate:
        {here:Walking to the car park|Later}, you wonder whether anyone has ever walked a registrar through the bed-management policy. You doubt it.
    - else:
        {here:Walking to the car park|Later}, you try to remember anyone walking you through the bed-management policy. You can't. You had assumed "escalation" was a clinical word managers had borrowed.
    }
- else:
    {mon_front_line:
        {here:Walking to the car park|Later}, you think of Ade that first Monday in October, by the linen trolley, telling you what five in the morning is like on Larch. You wonder whether anyone has ever told Lorna.
    - else:
        {here:Walking to the car park|Later}, it occurs to you that escalation usually reaches you as an email, the morning after. {here:Tonight you saw what a registrar does after she says the word.|Tonight it rang, twice.}
    }
}
By Friday Priya and Lorna have both emailed you about Thursday night. Both use the word "escalate" four times. # term escalate
* {arc_paired == 0} [Pair them formally: paired learning for the rest of the year]
    # arc paired
    # trust.nair +1
    # skill communication
    ~ w5_paired_agreed = true
    ~ paired_priya = true
    You propose they pair up properly: monthly meetings, a shift each in the other's world, a joint project presented to the executive team. Lorna agrees at once. Priya agrees after a day, on condition that Lorna joins her on the take at two in the morning.
* {arc_paired >= 1} [{paired_priya:Bring Lorna into Priya's pair|Add Priya and Lorna to the paired-learning scheme}]
    # trust.nair +2
    # skill communication
    ~ w5_paired_agreed = true
    {paired_priya:Lorna joins Priya's pair, as the manager on call the nights Priya is on the take.|The scheme has room for one more pair.} Their joint project chooses itself: one page, agreed by both, on what "escalate" means on a ward at night.
* {arc_shadowing == 0} [Arrange a shift shadowing the other side, for you and your team]
    # arc shadowing
    # skill understanding
    {role == "clinician":
        You arrange to shadow the on-call manager for a night: the site meeting, the bed board, the calls. You will learn the words.
    - else:
        You arrange to shadow a night registrar for a shift. You will learn the words, and what they cost.
    }
* [Send both of them the escalation policy]
    # trust.nair -1
    # trust.executives +1
    You send both of them the policy. It is twenty-three pages long and uses "escalate" forty-one times.
- The following week there is a different registrar and a different manager on call.
* [Put both meanings of "escalate" on the Larch whiteboard, side by side]
    # intervene practice
    # trust.okafor +1
    ~ w5_escalate_board = true
    Grace writes them up in two colours. Nurses start asking, when someone says "escalate", which one they mean.
* {role == "clinician"} [Set a standard: no extra patient onto a ward until its NEWS2 five is reviewed # authority standards]
    # intervene department
    # trust.executives -1
    With Bernie Quinn, you write it into medicine's deteriorating-patient standard and take it to the site team: a medical ward with a NEWS2 of five not yet reviewed gets that review before it takes an extra patient. The site team call it a veto. You call it an order of work.
* {role == "manager"} [Change who the site team must ring before medicine takes extras # authority process]
    # intervene department
    # trust.executives -1
    With Bernie Quinn, you rewrite medicine's part of the process and get the deputy chief operating officer to sign it: before a medical ward takes extra beds at night, the site team rings its nurse in charge and the medical registrar, and records what each said. The site team say it will slow them down. It will, a little.
* [Ask Janet to have the escalation policy rewritten by its users]
    # intervene organisation
    # trust.executives -1
    You ask Janet for the trust's escalation policy to be rewritten by registrars, nurses in charge and on-call managers together. She agrees, nights first; the group meets a week on Tuesday at half past eight in the morning, as nights go off, the hour paid.
- {w5_paired_agreed:
    The next week, Priya and Lorna are seen in the café together, arguing about something else entirely. Grace calls it progress.
}
-> scene_end
