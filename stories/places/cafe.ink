// Map encounter: the staff café (informal: where people talk when nobody is taking minutes).
// Sets enc_cafe_breaks once the clinician has put protected breaks into the take rota (the peer word replaces it)
// and enc_cafe_nightroom once the manager has commissioned a night staff room (night food replaces it).
VAR enc_cafe_breaks = false
VAR enc_cafe_nightroom = false
VAR enc_cafe_food = false   // the manager has funded hot food for medicine's night shifts (once)
VAR enc_cafe_note = false   // nights get a Monday page of changes (once; later visits ask how it goes)
VAR enc_cafe_open = false   // the divisional meeting's open part meets in the café's back room (once)
VAR enc_cafe_peer = false   // the clinician has had the coffee with the consultant the FY1s go quiet about (later visits follow it up)

=== enc_cafe ===
# title Staff café
# barrier location
# place cafe
# day Wednesday
{
- week <= 3:
    The staff café at half past twelve: a queue for the soup, a radiator broken since 2019, and a corner table where the porters sit and know everything.
- week <= 5:
    The staff café, quiet at three. Two nurses share a flapjack on a break they aren't really taking, phones face up.
- week == 6:
    The staff café at five, dark outside since half past four. The soup is long gone, and the porters' table is on its second pot.
- week == 7:
    The staff café, the day after the quality committee. The corner table is talking, in low voices, about Saturday night on Rowan: the medical outlier who went to intensive care after a handover by phone.
- else:
    The staff café at the end of November. The tree is up early and half-decorated: the person doing it was called back to the ward.
}
{role == "manager":
    {colocated and not (w5_move_now and week == 5):
        Two minutes from your new desk. You come most days now.
    - else:
        Ten minutes across the car park from Riverside House. {enc_cafe_open:Your floor comes here once a month now, for the open meeting. The rest of the time, nobody does.|Nobody from your floor comes here.} # aside
    }
- else:
    You usually grab a sandwich here between clinic and the ward. Today you sit down.
}
{as_partner and role == "clinician":
    You eat here between clinic and the ward. So do the residents on the take, when they get a break; their exception reports tell you how often they do not. # aside
}
{kitchen and week > kitchen_week:
    Since the shared kitchen opened upstairs, the café isn't the only place people meet. It is still where the porters are.
}
{
- week <= 5:
    Kev Doyle waves you over to the corner table, which is an honour.
- week == 6:
    Kev Doyle waves you over to the corner table. He has pushed four of medicine's patients over to the surgical block since Monday{w6_util_beds:, and six back yesterday, into your escalation beds}.
- week == 7:
    Kev Doyle waves you over to the corner table, and the talk stops while you sit down.
- else:
    Kev Doyle waves you over to the corner table. He has already heard about Monday night on Larch.
}
{open_doyle:
    {pressing:
    - "organisation":
        It all comes down from Riverside. Emails at seven in the morning changing everything. Nobody over there's ever pushed a bed. # speaker doyle neutral # clue organisation
    - "department":
        Medicine's the unhappy one. Surgery moan, but they moan together. Medicine moan on their own, in corners. # speaker doyle neutral # clue department
    - else:
        It's who you get. Some sisters, some docs, they talk to you like a person. Some won't look at you. Same job, same hospital. # speaker doyle neutral # clue practice
    }
- else:
    Kev talks about the football. He is friendly and careful, and after ten minutes you realise he has told you nothing.
}
{week >= 4:
    At the next table someone is talking about a manager who was "actually visible" this month. # term visible
    {knows_visible: On a ward that means there at three in the morning, not in the newsletter. You can't tell which they mean.|It takes you a moment to wonder whether they mean you.}
}
{open_bello:
    {
    - week <= 5:
        Ade Bello, in for a training day between runs of nights, sits down for five minutes.
        {enc_cafe_note:The Monday page gets to the night office. Half of what matters happens on a Wednesday.|{w4_huddle_rule:Changes come to the night huddle now. Five minutes at handover, with the call bells going.|Nobody tells nights anything. You want to know what's going on, ask a night HCA.}} # speaker bello neutral
    - week == 6:
        Ade Bello, in for a training day between runs of nights, sits down for five minutes.
        {enc_cafe_note or w4_huddle_rule:We get told the changes now. Nobody tells us which surgical ward our patients went to.|Half the time nights find out a patient's gone to a surgical ward when the family rings.} # speaker bello neutral
    - week == 7:
        Ade Bello, on Larch again tonight, sits down for five minutes with a coat still on.
        {w7_assurance_learning:They say Rowan's night staff will be asked to tell it themselves. That would be a first.|Saturday on Rowan. Everyone on nights has been that nurse, one night or another.} # speaker bello neutral
    - else:
        Ade Bello, back on tonight for the first time since Monday, sits down for five minutes.
        {w8_care_started or w8_nights_stayed:You were there on Monday night. Nights noticed.|Bed 11 waited fifty-five minutes for a doctor. On the Datix it's one line.} # speaker bello neutral
    }
}
+ [Buy the table a round of teas and listen]
    # trust.doyle +2
    # trust.bello +1
    # skill listening
    Four teas, one hot chocolate for Kev, and one kept back for Ade, who is on nights again tomorrow. In twenty minutes you learn why the main lift stops at every floor, and who to ring when it sticks.
+ [Ask Kev who people really listen to around here]
    # trust.doyle +1
    # skill understanding
    He names four people. Only one of them has a title.
+ {role == "clinician"} [Ask the FY1s at the window what the take is like]
    # trust.clinicians +1
    # skill listening
    No breaks after eight, they say. They've stopped exception reporting it, because what's the point.
+ {role == "manager"} [Talk about the week's targets with whoever's at the table]
    # jargon
    Flow, occupancy, the four-hour numbers. The table goes quiet, and one by one people remember somewhere to be. # term flow
- {arc_mapping == 2:
    Your map of who people go to has Kev on it twice.
}
+ {role == "manager" && not kitchen} [Commission a shared kitchen in the old records store # authority estates]
    # build kitchen
    # budget -2
    # skill understanding
    ~ kitchen_week = week
    Between the wards and the offices: a kettle, a fridge, two tables. Estates say the kettle goes in on Monday.
+ {role == "manager" && kitchen && not enc_cafe_nightroom} [Commission a rest room for night staff by the café # authority estates]
    # budget -2
    # wellbeing +1
    # trust.bello +2
    ~ enc_cafe_nightroom = true
    Two recliners and a blind, in the old linen room. Estates want it signed off before the spring works. You sign.
+ {role == "manager" && kitchen && enc_cafe_nightroom} [Fund hot food for medicine's night shifts until March # authority budget]
    {enc_cafe_food:
        The hot food is already paid for to March. The night staff ask again whether it will last. You still don't promise.
    - else:
        ~ enc_cafe_food = true
        # budget -2
        # wellbeing +1
        # trust.clinicians +1
        Non-recurrent, to the end of March. The night staff ask whether it will last. You don't promise.
    }
+ {role == "clinician" && not kitchen} [Persuade your general manager to open a shared kitchen]
    # build kitchen
    # budget -2
    # skill communication
    ~ kitchen_week = week
    The old records store, between the wards and the offices. Your GM finds the money. Estates say the kettle goes in on Monday.
+ {role == "clinician" && not enc_cafe_breaks} [Build protected breaks into the take rota # authority rota]
    # intervene department
    # trust.clinicians +2
    # later 2 trust.nair +1 why Priya saw protected breaks written into the next take rota, with a named bleep holder
    ~ enc_cafe_breaks = true
    Both contractual breaks, with someone named to hold the bleep, for every resident on the take: from Monday, then written into the next rota. You tell the guardian of safe working hours what has changed.
+ {role == "clinician" && enc_cafe_breaks} [Have a coffee with the consultant the FY1s go quiet about # authority peer]
    # intervene practice
    {enc_cafe_peer:
        A second coffee. Without looking up, he asks whether his FY1s have said anything this month. You tell him they have, and that it was better.
    - else:
        ~ enc_cafe_peer = true
        # trust.leaders -1
        He asks why you're buying. You tell him what his FY1s told you, without names. He is quiet for a long time. On Monday he asks them what they need.
    }
+ {arc_mapping == 0} [Map the informal leaders, starting with this table]
    # arc mapping
    # trust.doyle +1
    You ask Kev to help map who people actually go to. He has been waiting years for someone to ask.
+ [Promise nights a one-page note of changes{enc_cafe_note:, and ask if it's reaching them|, every Monday}]
    # intervene practice
    {enc_cafe_note:
        You ask whether Monday's page reaches the night office. Mostly, they say. Except when it's late, which is when it matters.
    - else:
        ~ enc_cafe_note = true
        # trust.clinicians +1
        They want the night staff told before things happen. Every Monday, one page, in the night office.
    }
+ [Hold the open part of your divisional meeting in here]
    # intervene department
    {enc_cafe_open:
        The open part still meets in the back room. Today's has a porter, two FY1s and the soup.
    - else:
        ~ enc_cafe_open = true
        # trust.clinicians +1
        The back room, doors open. The first one is awkward. The second has nine more people at it: porters, healthcare assistants, two FY1s.
    }
+ [Head back to work]
    # hours +1
    You head back. The soup was very good.
- -> scene_end
