// Map encounter: a visit to the emergency department (front line). Sticky choices; varies by week and state.
// Dr Priya Nair is the medical registrar on the take: she sees medicine's referrals here. ED's own consultants
// and registrars are unnamed. Sets enc_ed_rota once the clinician has changed the take rota.
VAR enc_ed_rota = false
VAR paired_priya = false    // Priya is in a pair in paired learning (from ED, or with Lorna in week 5)
VAR enc_ed_bedrank = false    // ED's longest waits rank first at medicine's bed meeting (once)
VAR enc_ed_referral = false   // the one-page referral standard with ED (once)
VAR enc_ed_trolley = false   // the clinician has stood at ED's trolley end on a visit: watched, seen a referral or acted down
VAR enc_ed_known = false   // you have visited ED before: later visits, a shorter line (only walk-rounds make you familiar)

=== enc_ed ===
# title Emergency department
# barrier status
# place ed
# day Wednesday
{
- week <= 3:
    ED at two in the afternoon: majors full, three ambulances queuing, nine patients for medicine.
- week <= 5:
    ED, mid-morning. Trolleys line the corridor every day now, under a taped sign: CORRIDOR CARE BAY.
- else:
    ED in November, and winter has arrived early. The corridor trolleys have numbers. A crew has waited ninety minutes to hand over; one of them is asleep standing up.
    {role == "manager": Ninety minutes to hand over. The standard is fifteen; at forty-five a crew can ask to be released.} # aside
}
{role == "manager":
    {walkrounds:
        The walk-round has made you a familiar face. The nurse in charge gives you the numbers before you ask.
    - else:
        {not enc_ed_known:A nurse asks if you're from the site team. General manager for medicine, you say. She says "oh", and you hear the whole sentence.|A different nurse in charge today. She reads your lanyard twice.}
    }
- else:
    {walkrounds:
        The ED consultant on shift nods: the physician who comes down without being bleeped.
    - else:
        {w2_ed_physician:The ED consultant on shift nods: medicine has someone at the door till eight now.}
    }
    {enc_ed_referral:The nurse in charge stops you: could the referral standard hold at night too?|The nurse in charge stops you: could medicine's registrar see referrals here, not by phone?} # request clinicians
}
~ enc_ed_known = true
{
- as_partner && role == "clinician":
    You have held the medical bleep on days like this: ED's referrals come between GP calls, the arrest bleep and the wards, and each waits until the registrar can get to it. # aside
- as_partner && week <= 5:
    On your dashboard, ED is the four-hour standard and twelve-hour waits, from arrival and from the decision to admit. Most long waits are medicine's patients waiting for a bed, and every trolley wait over twelve hours goes in the SitRep. # aside
}
{open_nair:
    Priya Nair has the medical bleep and five minutes, and takes you to the relatives' room, the only place with a door.
    {pressing:
    - "organisation":
        It isn't ED and it isn't us. We're the front door of a house with no rooms. Riverside decides where the beds go; we hear at the huddle. # speaker nair worried # clue organisation
    - "department":
        It's our take. {w2_rota_started:Medicine's new rota puts the one medical reg in ED till midnight and leaves a foundation doctor holding the bleep for every ward, and nobody asked us.|One medical reg from eight at night for ED and every ward, because medicine's rota has always looked like that.} The work arrives at six. # speaker nair worried # clue department
    - else:
        It's person by person. Some ED consultants ring me with a plan; some refer at three hours fifty. Some of ours come down when I ask; some argue on the phone. # speaker nair worried # clue practice
    }
- else:
    Priya Nair is in majors with a referral. The bleep goes; she is gone before you can say hello.
}
{arc_paired == 2:
    Word from the paired-learning scheme has reached ED: the pairs ring each other before the site meeting now, not after.
}
+ [Spend the visit in the corridor, watching how it works]
    # trust.nair +2
    # trust.clinicians +1
    # skill listening
    Who gets seen, who waits, who answers the phone, what the bleep sounds like the ninth time.
    {role == "manager":
        The four-hour clock on the wall counts every patient past their time. From here it looks like a list of names.
    - else:
        {w2_ed_physician:At the door on Tuesdays you see only the next referral. Today you watch the rest.|{not enc_ed_trolley:You know ED as the place you take patients away from. You had not stood at the trolley end for years.}}
    }
    ~ enc_ed_trolley = true
+ [Ask the nurse in charge what she would change tomorrow]
    # trust.clinicians +2
    # skill understanding
    A porter who isn't shared with the wards, she says at once. {role == "clinician":And that registrar.|And a medical reg who comes down, not phones.}
+ {role == "manager"} [Talk the team through the breach trajectory and the interim target]
    # jargon
    # later 2 trust.executives +1 why The site manager put your trajectory in the evening report to the executive on call, with your name on it
    The nurse in charge nods and turns back to the board. Somewhere behind her a trolley alarm goes off.
+ {role == "clinician"} [See one of medicine's referrals yourself, to free Priya # hours -1]
    # care +1
    # wellbeing -1
    # trust.nair +2
    A frail woman with a chest infection, from the beginning, the way you did as a registrar. It takes an hour. Priya gets to eat.
    ~ enc_ed_trolley = true
- Kev Doyle passes with an empty trolley.
{open_doyle:
    {week <= 5:They say day surgery'll have medical patients in it all winter. Heard it in the lift.|Day surgery's had escalation beds twice this month. The day cases end up on the corridor.} # speaker doyle neutral
}
+ {arc_paired == 0} [Pair Priya with an operations manager for six months]
    # arc paired
    # trust.nair +1
    # skill communication
    ~ paired_priya = true
    Monthly meetings, shadowing both ways, one joint project for the executive team. Priya says yes, by text, before you've left the department.
+ {role == "clinician" && not enc_ed_rota} [Add an evening registrar to the take from the next rota # authority rota]
    # intervene department
    # trust.clinicians -1
    # later 3 trust.nair +2 why Priya saw the new rota issued with six weeks' notice and a second registrar on the take
    ~ enc_ed_rota = true
    Five till one, from the next rota: six weeks' notice, as the Code says. The hours come out of the day wards, and you tell the guardian of safe working hours exactly how. The day registrars are not thrilled.
+ {role == "clinician" && enc_ed_rota} [Act down as registrar on tonight's take, till midnight # authority cover]
    # hours -3
    # wellbeing -2
    # care +2
    # trust.nair +2
    The new rota isn't live yet, so tonight it is you. You hold the take bleep until midnight while Priya clears the wards' calls. You start with the referrals nobody wanted. {fri_locum:You have done a few of the take shifts you took off the locums at the start of October, and it still shows, a bit.|You last did this fourteen years ago. It shows, a bit.}
    ~ enc_ed_trolley = true
+ {role == "manager"} [Rank ED's longest waits first at medicine's bed meeting # authority process]
    # intervene department
    {enc_ed_bedrank:
        ED's longest waits still go first at the bed meeting. Grace has stopped mentioning ICU, which is not the same as agreeing.
    - else:
        ~ enc_ed_bedrank = true
        # trust.okafor -1
        From tomorrow ED's longest waits go top of medicine's list at the bed meeting, unless a clinician says another patient is sicker. Grace's transfer from ICU waits an hour, and she lets you know.
    }
+ {role == "clinician"} [Agree a one-page referral standard with ED's clinical lead # authority standards]
    # intervene department asked clinicians
    {enc_ed_referral:
        The one-page standard is pinned up in majors. ED's lead says it holds by day.
    - else:
        ~ enc_ed_referral = true
        # trust.nair +1
        You write it with ED's clinical lead, Priya in the room. One sheet: an ED referral with a plan and obs done gets a medic at the trolley within the hour. No phone arguments.
    }
+ {role == "manager"} [Ask Priya what would bring a medic down, and take it to your CD]
    # trust.nair +1
    {open_nair:A referral with a plan, she says, and obs done.|You catch her at the lifts. A referral with a plan, she says, and obs done.} You write it down for your clinical director, in her words.
+ [Ask Janet to put ED's waits before the electives in bed allocation]
    # intervene organisation
    # trust.executives -1
    You make the case to Janet: ED's waits before the electives. From Monday, she tells the site team, anyone twelve hours in ED tops the bed meeting's list.
- -> scene_end
