// Map encounter: a visit to Larch Ward (front line: slower and truer). Replayed week after week in one
// story state, so every choice is sticky (+) and the text varies with the week, trust and what is built.
// Sets enc_ward_standard once the clinician has made the NEWS2 standard (the peer word replaces it).
VAR enc_ward_standard = false
// The week bed 6's morning was told (0: not yet; the name is older than the bed number). It is told on the first
// visit only; later visits in the first month hear of another night, a different bed each week, and the clinician's
// review is of that night's patient.
VAR enc_ward_bed9 = 0
VAR enc_ward_peer = false   // the clinician has had the word with the consultant who rounds at eleven (later visits follow it up)
VAR enc_ward_handover = false   // Larch agreed a bedside handover for the three sickest (once; later visits see how it holds)
VAR enc_ward_agenda = false   // Larch's words went on the divisional agenda (once; later visits follow it up)
VAR enc_ward_known = false   // you have visited Larch before: later visits, a shorter line (only walk-rounds make you familiar)

=== enc_ward ===
# title Larch Ward
# barrier status
# place ward
# day Tuesday
{
- week <= 3:
    Larch at half past ten: board round over, drugs round not, and a whiteboard in four colours.
- week <= 5:
    Larch in the early afternoon. Two extra beds in the day room, and a man on a trolley by the station.
- week == 6:
    Larch in mid-November. The day room still has its extra beds, and the whiteboard {w5_escalate_board:holds both meanings of "escalate", in Grace's two colours|has a new column, "waiting for", in Grace's hand}.
    Beside it is October's Sepsis Six audit: eleven of twelve had antibiotics within the hour. Someone has circled the twelfth.
- week == 7:
    Larch on the day of the board's quality committee. At the station they are talking, quietly, about Saturday night on Rowan: a medical patient outlying on the surgical ward went off overnight, and his handover had been a phone call.
- else:
    Larch at the end of November, the morning after a bad night. Bed 11 is stripped and remade: Mr Halloran went to the high-dependency unit before breakfast.
}
{role == "clinician":
    {walkrounds:
        {week >= 8:Your Thursday walk-rounds have made you a familiar face|You came through on last Thursday's walk-round}, so nobody straightens up when the clinical director arrives.
    - else:
        {not enc_ward_known:A staff nurse straightens, as people do when a consultant turns up on a ward not theirs this week.|A staff nurse still straightens, a little less.}
    }
- else:
    {walkrounds:
        {colocated and not (w5_move_now and week == 5): Four minutes from your new office.} The HCA at the linen trolley says hello by name.
    - else:
        {colocated and not (w5_move_now and week == 5): Four minutes from your new office.} {not enc_ward_known:A staff nurse sees the lanyard and glances at Grace: what now?|A staff nurse knows your face now, and still glances at Grace.}
    }
}
~ enc_ward_known = true
{as_partner:
    {role == "clinician":
        The consultants who round on Larch agree their job plans with you. When they round, and which clinic gets in the way, can change at their next review. # aside
    - else:
        Grace holds Larch's budget day to day, and it is part of medicine's, which you answer for. On your staffing report, Larch's nights are the shifts the bank most often cannot fill. # aside
    }
}
{open_okafor:
    {pressing:
    - "organisation":
        Everything lands on us from Riverside. Home by 11, escalation beds, the new discharge form. Nobody asks until it's decided. # speaker okafor worried # clue organisation
    - "department":
        It's the division. Our beds and our rota get settled at your divisional meeting, and {(fri_own_night or fri_marcus_night) and week >= 3:one night on Larch is all that table has done between them.|nobody there has done a night on Larch.} # speaker okafor worried # clue department
    - else:
        It's the consultants, one by one. One rounds at eight and listens. One turns up at eleven and tells us. Same ward, two hospitals. # speaker okafor worried # clue practice
    }
- else:
    Grace Okafor nods from the nurses' station.
    Everything's under control. # speaker okafor neutral
}
{
- week <= 4 && (enc_ward_bed9 == 0 || enc_ward_bed9 == week):
    ~ enc_ward_bed9 = week
    Bed 6 scored a NEWS2 of seven at six this morning. The registrar got here at nine. # speaker okafor worried
    {role == "manager":
        {knows_news2: A seven should have brought someone senior straight away, and outreach with them.|From Grace's face, seven is a bad number.}
    }
- week <= 4:
    {enc_ward_standard:
        {week == 2:Bed 19|{week == 3:Bed 23|Bed 2}} scored a five in the night. The new standard is taped up by the station, and a doctor was at the bed in forty minutes. Not thirty, but not three hours either. # speaker okafor neutral
    - else:
        {week == 2:Bed 19|{week == 3:Bed 23|Bed 2}} scored a five in the night. Nights bleeped twice and waited an hour and a half. Nobody's fault, they'll tell you. # speaker okafor worried
        {role == "manager":
            {knows_news2: A five should bring a doctor to the bedside urgently. An hour and a half is not urgent.|Grace says "five" the way other people say "again".}
        }
    }
- week == 5:
    Nights were one nurse down again. The agency shift fell through at half past seven. # speaker okafor worried
- week == 6:
    Nights were one nurse down again. And three of ours are out on surgical wards, where nobody from Larch can see them. # speaker okafor worried
- week == 7:
    {w6_outlier_post:Nights were one down again. Days are too, whenever the bank can't cover the nurse seconded to the outliers.|Nights were one down again. Two of them asked me whether Saturday on Rowan could have been one of ours.} # speaker okafor worried
- else:
    One nurse for fourteen again last night. Bed 11 went from three to seven, and the registrar was in Beech. # speaker okafor worried
}
+ [Spend the visit helping with the jobs, and listen]
    # trust.okafor +2
    # trust.bello +1
    # skill listening
    Water jugs, a lost relative, a phone that rings and rings. {open_bello && week >= 4:A healthcare assistant|Ade Bello, on a long day,} shows you where the spare sats probe lives. By the time you leave, nobody lowers their voice when you pass.
+ [Ask Grace what one thing would make this week easier]
    # trust.okafor +1
    # skill understanding
    {open_okafor:
        {mon_pharmacy_tech:The pharmacy mornings have made weekdays better. Weekends, nothing. That's the one thing.|{mon_tto_rule:The day-before TTOs have held. It's the ones decided on the round that still come up at two. That's the one thing.|{fri_tto_followup and week >= 3:Weekday TTOs are up by one now. Weekends, nothing. That's the one thing.|TTOs up from pharmacy before two. That's the one thing.}}} # speaker okafor neutral
        {mon_promise:{fri_tto_followup: {role == "clinician":Her sheet went to the chief pharmacist|Her sheet went to the divisional board}, and she knows who took it.| She doesn't mention the promise you made her that first Monday in October. She doesn't need to.}}
    - else:
        A week off, she says. It is a joke. Mostly.
    }
+ {role == "clinician" && week <= 4} [Review bed {enc_ward_bed9 == week:6|{week == 2:19|{week == 3:23|2}}} yourself before you go # hours -1]
    # care +1
    # trust.okafor +1
    # wellbeing -1
    {enc_ward_bed9 == week:
        The registrar's plan from nine is still waiting for its antibiotics: ED bleeped her away before she could prescribe them, and Grace's bleeps to the ward's foundation doctor went unanswered. You prescribe them yourself, hours after a score of seven with suspected sepsis that should have had them within the hour, ask outreach to see the patient, and log the delay with Grace's account in it. By teatime the patient safety team have offered Larch a swarm huddle.
    - else:
        The five is a chest infection on the turn. The night doctor's plan is sound; you add what the morning needed, repeat bloods and a chest film, and speak to his daughter. {enc_ward_standard:You note on the standard's audit sheet that nights made forty minutes, not thirty.|You log how long nights waited, with Grace's account in it.}
    }
+ (gov) {role == "manager" && week <= 4} [Ask whether bed {enc_ward_bed9 == week:6|{week == 2:19|{week == 3:23|2}}}'s wait has been reported, and take it to governance]
    // Taken once; a later visit adds that week's night to what the quality meeting already has.
    {
    - gov > 1:
        The divisional quality meeting has Larch's waits on its list now. You add last night's to it.
    - else:
        # trust.okafor +1
        # skill understanding
        # later 2 care +1 why Medicine's quality meeting took Larch's waits for a doctor to the outreach team, who agreed to call in on Larch's sickest at night
        {enc_ward_bed9 == week:Grace reported it at half past nine. You ask the governance lead to put it on Thursday's divisional quality meeting, with Grace's account and the registrar's, and ask the outreach lead whether anyone called them.|Grace has reported it, the third this month. You ask the governance lead to bring all three to Thursday's divisional quality meeting as one item.}
    }
+ {role == "manager"} [Remind the ward about the discharge numbers]
    # trust.okafor -2
    # trust.clinicians -1
    You mention occupancy, the NCTR list and the four-hour standard. Everyone nods. Nobody writes anything down.
- {open_bello && week >= 4:
    Ade Bello, on a rare long day, stops you by the sluice.
    {enc_cafe_note or w4_huddle_rule:Nights hear about changes now. Not about why.|Nights find out about changes from the patients.} # speaker bello neutral
}
{arc_mapping == 2:
    Your map says who Larch really listens to. Ade, on nights, is one of them.
}
{not enc_ward_handover:
    Grace's whiteboard: "Bedside handover, three sickest. Trial Monday?" # request clinicians
- else:
    Grace's whiteboard: "Bedside handover, three sickest." No question mark. # request clinicians
}
+ {arc_mapping == 0} [Ask who the ward goes to when something's wrong, and write it down]
    # arc mapping
    # trust.clinicians +1
    # skill listening
    When something is wrong, who do you go to? You write down every name. Hardly any of them are on the chart by the lift.
+ {arc_shadowing == 0 && role == "manager"} [Book a long day shadowing one of Grace's nurses]
    # arc shadowing
    # trust.okafor +2
    # skill understanding
    Seven till half past seven, next week. Bring comfortable shoes. # speaker okafor pleased
+ {role == "clinician" && not enc_ward_standard} [Make it medicine's standard: a NEWS2 of five, or a three in any one, gets a doctor within thirty minutes # authority standards]
    # intervene department
    # trust.nair -1
    # later 2 care +1 why Nurses called sooner for a five, and by day a doctor got there in time; at night one registrar still could not be everywhere
    ~ enc_ward_standard = true
    Five or more, or a three in any one parameter: a doctor at the bedside within thirty minutes, and the registrar told. Seven: the registrar and outreach, straight away. You write it for every medical ward and send it to the deteriorating patient group to ratify. Priya asks who holds the bleep while she is on Larch.
+ {role == "clinician" && enc_ward_standard} [Have a quiet word with the consultant who rounds at eleven # authority peer]
    # intervene practice
    {enc_ward_peer:
        He has moved the clinic off two of his ward weeks. The third, he says, is his registrar's teaching. You leave that one.
    - else:
        ~ enc_ward_peer = true
        # trust.leaders -1
        Over coffee, consultant to consultant. He says eleven is when his clinic ends. You say Larch's day starts at eight, and offer to move that clinic off his ward weeks at his job-plan review. He agrees, and meanwhile his registrar starts Larch's round at nine.
    }
+ {role == "manager"} [Put an over-cap night nurse for Larch to the exec # authority agency]
    # budget -1
    # care +2
    # trust.okafor +1
    # trust.executives -1
    The bank has nobody, and the staffing hub has nobody to move. You write a safety case for each night and Bernie co-signs it; the chief executive signs them, and they go on this week's agency return. Marcus Webb will ask about it at month end. Grace gets her nurse, for this week's nights.
+ {role == "clinician"} [Agree a bedside handover for the three sickest patients, every shift]
    # intervene practice asked clinicians
    {enc_ward_handover:
        Bedside handover still happens at half seven in the morning. At night, it depends who's on.
    - else:
        ~ enc_ward_handover = true
        # trust.okafor +1
        Grace's idea, agreed with her for her ward: five minutes at the bedside, day to night and back. Nights will do it if days do.
    }
+ {role == "manager"} [Back Grace's bedside handover trial for the three sickest]
    # intervene practice asked clinicians
    {enc_ward_handover:
        Bedside handover still happens at half seven in the morning. At night, it depends who's on.
    - else:
        ~ enc_ward_handover = true
        # trust.okafor +1
        Her call, her ward. Five minutes at the bedside, day to night and back, and you tell Bernie that if it makes handover run late, that's a conversation you want to have.
    }
+ [Put Larch on your divisional agenda, in Grace's words]
    # intervene department
    # skill communication
    {enc_ward_agenda:
        Larch is still on the divisional agenda, in Grace's words. Nobody has softened them.
    - else:
        ~ enc_ward_agenda = true
        With her permission, her words go on next week's divisional agenda, unsoftened, and Grace has a seat there.
    }
+ [Say thank you, and go]
    # hours +1
    You say thank you and go. There is always another meeting.
- -> scene_end
