// Map encounter: a visit to the finance office in Riverside House (formal: quick and filtered; Marcus Webb
// opens up with trust). Sets enc_finance_released once the manager has released winter money (the post move
// replaces it) and enc_finance_pa once the clinician has put a consultant on the budget meeting (the peer word
// replaces it).
VAR enc_finance_released = false
VAR enc_finance_pa = false
VAR paired_marcus = false   // Marcus and Grace are the pair in paired learning
VAR enc_finance_peer = false   // the clinician has talked to the consultant whose leave costs most in locums (later visits follow it up)
VAR enc_finance_post = false   // the manager has put a Larch nursing post to the panel as a pharmacy technician (once; later visits hear how it goes)
VAR enc_finance_asked = false   // Marcus has asked the clinical director for a consultant at the budget meeting (later visits say "again")
VAR enc_finance_statements = 0   // times the consultants' monthly spending statements have come up: asked for on the first, gone through with those who wrote back on the second and third, routine from the fourth

=== enc_finance ===
# title Finance office
# barrier jargon
# place finance
# day Monday
{
- week <= 3:
    The finance office: eleven desks, twenty-two screens, a fern watered with cold coffee, and Marcus Webb with the medicine spreadsheet open, as always.
- week <= 5:
    The finance office in month-end week. Nobody looks up. A sign on the door says QUIET PLEASE: FORECAST, as if the forecast might hear.
- else:
    The finance office late in the quarter. The winter run-rate is on a whiteboard in red, with a small sad face beside it.
}
{colocated and not (w5_move_now and week == 5):
    Finance sits in the main block now, by theatres. Nurses pass the door on the way to the café, and some come in.
- else:
    {role == "clinician":
        Ten minutes from the wards, across the car park. Riverside House feels like another organisation. # aside
    - else:
        Your own building. Marcus is four doors down, which is why you usually email him. # aside
    }
}
{as_partner:
    {role == "clinician":
        You see the take rota before Marcus sees its cost: which consultants swap their on-calls when they take leave, and which never do. # aside
    - else:
        Marcus builds medicine's forecast each month, and you sign it off before it goes to the executives. # aside
    }
}
{open_webb:
    Marcus looks up and smiles, properly this time.
    {pressing:
    - "organisation":
        Off the record? Every budget here is last year's, less the savings target, set in this building, and we spend all year explaining to the wards why it doesn't fit. # speaker webb worried # clue organisation
    - "department":
        Off the record? {enc_finance_pa:Medicine sends one consultant now, on half a PA. Surgery sends four, and they bring their own numbers.|Medicine never engages. Surgery sends consultants to the budget meeting. Medicine sends apologies.} # speaker webb worried # clue department
    - else:
        Off the record? It's individual decisions. One consultant never swaps his on-calls, so every week he's away is a locum on-call. Nobody looks person by person. # speaker webb worried # clue practice
    }
- else:
    The run-rate's challenging. And the forecast outturn is, let's say, a conversation. # speaker webb neutral
    {knows_outturn: At this rate medicine ends the year well over. He tells you nothing the monthly report doesn't.|He says it as though you'd know. You nod.}
}
{role == "clinician" && not enc_finance_pa:
    {enc_finance_asked:
        He asks again about a consultant for the budget meeting. # request executives
    - else:
        ~ enc_finance_asked = true
        {open_webb && pressing == "department":So could medicine send one, next month?|Could medicine send a consultant to next month's budget meeting?} # speaker webb neutral # request executives
    }
}
+ [Ask Marcus to walk you through medicine's numbers, slowly]
    # trust.webb +2
    # skill listening
    Nobody has asked him to go slowly before. He shows you where the money goes, line by line, and where it leaks.
    {role == "clinician":
        Half of it is in words you don't use. You ask about some and nod at others.
    - else:
        You know every word. It is the first time you've seen the shifts behind each number.
    }
+ [Ask Marcus what would help finance most]
    # trust.webb +1
    # skill understanding
    {role == "clinician":
        {enc_finance_pa:Keep it up, he says.|That consultant, he says.} We'd change the plan if we knew what it did on a ward.
    - else:
        Bring a consultant to the budget meeting, he says. One who'll argue.
    }
+ {role == "clinician"} [Explain to Marcus why the NEWS2 numbers mean more nurses]
    # jargon
    # trust.webb -1
    He writes down "nurses" and underlines it. The rest, he says kindly, he'll need on one page.
- {open_webb && week >= 5:
    {fri_marcus_night:As you leave, Marcus says he has costed Larch's nights in shifts, not WTE, since his night there.|{paired_marcus:As you leave, Marcus asks when his shift on the ward is. He has bought shoes.|As you leave, Marcus says he would love to see a ward shift one day. Nobody has ever asked him.}}
}
+ {arc_shadowing == 0 && role == "clinician"} [Shadow Marcus's team through a month-end]
    # arc shadowing
    # trust.webb +2
    # skill understanding
    Two afternoons of month-end. He prints you a glossary. You don't tell him you'll need it.
+ {arc_paired == 0} [Pair Marcus with Grace Okafor for the rest of the year]
    # arc paired
    # trust.webb +1
    # skill communication
    ~ paired_marcus = true
    A monthly meeting, a shift each on the other's patch, one joint project. Grace says yes if he brings the biscuits.
+ {role == "clinician" && not enc_finance_pa} [Give a consultant half a PA as medicine's budget lead # authority jobplan]
    # intervene department asked executives
    # trust.webb +2
    # trust.leaders -1
    ~ enc_finance_pa = true
    Half a PA in her job plan, out of a Friday clinic, for the budget meeting, the monthly figures and next year's budget. Medicine will send a consultant, not apologies. Her clinic patients wait a little longer, and two colleagues ask why the budget is worth a clinic.
+ {role == "clinician" && enc_finance_pa} [Have a word with the consultant whose leave costs most in locums # authority peer]
    # intervene practice
    {enc_finance_peer:
        He brings his own numbers this time, and a question about next year's leave.
    - else:
        ~ enc_finance_peer = true
        # trust.leaders -1
        Colleague to colleague, with his own numbers. He is defensive for ten minutes, thoughtful for five, then moves his February leave off a take week.
    }
+ {role == "manager" && not enc_finance_released} [Release non-recurrent money for two winter bank nurses # authority budget]
    # budget -6
    # trust.webb -1
    # later 2 care +1 why Block-booked weeks ahead, the two winter lines were filled most nights, and Larch ran a nurse short less often
    # later 3 trust.clinicians +1 why The night shifts had a second pair of hands most nights, and knew who had paid for it
    ~ enc_finance_released = true
    Above your delegated limit, so Janet and the director of finance sign it from the winter money: two bank lines on nights, to the end of March. Even bank lines go to Thursday's vacancy panel this year. Marcus records it and asks, gently, what happens in April.
+ {role == "manager" && enc_finance_released && not mon_pharmacy_tech && (enc_finance_post or larch_posts > 0)} [Propose turning a vacant Larch nursing post into a pharmacy technician # authority post]
    # intervene department
    {enc_finance_post:
        The post is with the vacancy panel. Bernie says chasing it will not make Thursday come sooner.
    - else:
        ~ enc_finance_post = true
        ~ larch_posts--
        # trust.okafor -1
        # later 3 trust.okafor +2 why The technician post cleared its impact assessment and the chief nurse, and Grace heard it was going to the vacancy panel
        Bernie wants a quality impact assessment first, and the chief nurse signs off any change to a ward's establishment. Pharmacy writes the job description and it goes to banding, then Thursday's vacancy panel; meanwhile pharmacy lends Larch a bank technician two mornings a week from Monday, on medicine's budget until the panel decides. One fewer nurse on the establishment, certainly. Grace wants both and can have one.
    }
+ {role == "manager" && enc_finance_released && mon_pharmacy_tech && (enc_finance_post or larch_posts > 0)} [Propose keeping Larch's pharmacy mornings by converting a vacant nursing post # authority post]
    # intervene department
    {enc_finance_post:
        The post is with the vacancy panel. Bernie says chasing it will not make Thursday come sooner.
    - else:
        ~ enc_finance_post = true
        ~ larch_posts--
        # trust.okafor -1
        # later 3 trust.okafor +2 why Grace heard the technician post had cleared the panel and pharmacy would keep its pharmacist on the round, so weekday TTOs would keep coming up early
        The pharmacy mornings you paid for end with the quarter. Pharmacy will keep its pharmacist on Larch's round from its own rota if the technician stays, and keeping her takes a post: Bernie wants a quality impact assessment, the chief nurse must agree the change to Larch's establishment, and the post still goes to the vacancy panel. One fewer nurse on Larch, certainly.
    }
+ [{enc_finance_statements == 0:Ask Marcus to send each consultant their own spending, monthly|{enc_finance_statements <= 2:Go through the spending statements with the consultants who have written back|Look over this month's spending statements with Marcus}}]
    # intervene practice
    ~ enc_finance_statements++
    {enc_finance_statements:
    - 1:
        # trust.leaders -1
        A statement per consultant of what their decisions cost. Some will read it as surveillance, some as information.
    - 2:
        Three consultants wrote back about theirs, and you see each with Marcus. One has found a drug on his statement that none of his patients are on, and Marcus traces it to another team's cost code; one wants to know who else sees it; one asks for the same statement for her registrars.
    - 3:
        One more consultant has written back, to say his figures are right. Marcus shows you the rest: two consultants have changed what they order, without a word to anyone.
    - 4:
        The statements are routine now: out on the tenth working day, after the month-end accounts, and the questions go to Marcus, not to you. He keeps a tally on a sticky note by his screen: "wrong code", "who sees it?", "changed what they order".
    - else:
        This month's statements went out on time. Marcus has had the usual questions, and answered them.
    }
+ [Take the way budgets are set to the director of finance]
    # intervene organisation
    # trust.executives -1
    You argue that setting each budget from last year's, less the savings, is itself the problem. Marcus agrees, quietly. The director of finance lets medicine build next year's ward budgets from its rotas, inside the same total.
- -> scene_end
