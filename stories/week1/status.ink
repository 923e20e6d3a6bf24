// Monday: the board round on Larch Ward. Barrier: status. Level: department.
// Sets mon_front_line (heard Grace and Ade properly) and mon_promise (promised to take TTOs upstairs).

=== week1_status ===
# title The board round
# barrier status
# place ward
# day Monday
# level department
~ temp earned = false
Monday, half past eight, Larch Ward: the board round. Twenty-eight beds, twenty-seven full, eleven patients waiting in ED for one.
Janet Cole's seven o'clock email: after a week's pilot on Larch and Beech, Home by 11 goes trust-wide from today, first discharges off every ward before eleven. Dr Marsh fully supports this initiative.
{role == "clinician":
    You are covering Larch's board round for a colleague off sick, with your own clinic at eleven. The FY1 reads patients out at speed. Sister Grace Okafor holds the bed board.
    A discharge before eleven needs its TTOs written the afternoon before, not by the FY1 after this round. # aside
- else:
    # hours -1
    You have walked over from Riverside House to see Home by 11 land, the only one in a jacket. Grace Okafor, the ward sister, says noticeably less.
    The pilot's figures reached you on Friday: on Larch and Beech, a first discharge before eleven on four days of five, and fewer patients on ED's corridor by noon. # aside
    Bed 17, MFFD. Bed 14, TTOs since Friday. You know the words; you have never heard them said this fast.
}
Ade Bello, the healthcare assistant from nights, is still folding pillowcases an hour after handover. Dr Helen Marsh appears at the doors.
{role == "clinician":
    The FY1 reaches bed 14: medically fit for discharge since Friday, still here. Grace's pen taps the board beside his name.
    Just passing. How's Larch looking for eleven? # speaker marsh pleased
- else:
    Good, you're here. I'll leave you in charge of the good news for Janet. # speaker marsh pleased
    The semicircle now knows whose side you are on.
}
* {role == "clinician"} [Tell Dr Marsh it's fine; keep the round moving]
    # trust.leaders +2
    # trust.clinicians -2
    # later 2 care -2 why Nobody on the round asked what held bed 14, so his TTOs kept waiting and Larch's discharges kept slipping to the afternoon
    We'll get there, Helen. Next patient. # speaker you
    Grace's pen hovers over bed 14, then moves on.
* {role == "clinician"} [Stop at bed 14: what's actually holding him? # hours -1]
    # trust.clinicians +3
    # skill listening
    ~ earned = true
    Grace, he's been medically fit since Friday. What's stopping him going home? # speaker you
    Grace glances at Dr Marsh before she answers.
    TTOs. Pharmacy won't have them up before two. Never on a Monday. # speaker okafor neutral
* {role == "manager"} [Make the case for Home by 11 with bed numbers]
    # trust.executives +2
    # trust.clinicians -3
    # later 2 care -2 why Your bed-number case told Larch the eleven o'clock deadline came first, and the five o'clock wake-ups and slipped obs went on
    Eleven in ED waiting for a bed, ninety-four per cent occupancy. Home by 11 gets people off that corridor. # speaker you
    Every word is true. They listen the way people listen to a fire alarm test.
* {role == "manager"} [Stand at the back and just listen # hours -1]
    # trust.clinicians +2
    # skill listening
    ~ earned = true
    You give it the hour pencilled in for emails. At bed 14 Grace says: fit since Friday, TTOs never before two on a Monday. By bed 20 she has stopped lowering her voice near you.
* [Ask Dr Marsh how the ward is taking it]
    # trust.leaders +2
    # trust.clinicians -2
    # later 2 care -2 why Nobody on the round asked what held bed 14, so his TTOs kept waiting and Larch's discharges kept slipping to the afternoon
    Helen, how is the ward taking it? # speaker you
    Very positively. The consultants are keen to lead by example. # speaker marsh pleased
    Grace, two metres away, closes the bed board.
- The round ends. Ade, on since half seven last night, is still by the linen trolley. Nobody has asked him a thing.
{role == "clinician":
    {earned:
        Grace tilts her head towards him: not me, him.
    - else:
        Grace is writing on the board and does not look up.
    }
- else:
    Grace looks from Ade to you, and waits.
}
* [Ask Ade what nights are like now # hours -1]
    # trust.clinicians +3
    # skill listening
    Ade, what are nights like since this started? # speaker you
    {earned:
        ~ mon_front_line = true
        Ade looks at Grace. Grace nods.
        We wake them at five, so they're washed, dressed and the bed's stripped for eleven. # speaker bello neutral
        One of the others scored five at four o'clock: reg called, hourly obs. At five I'm doing a discharge's shirt buttons instead of his obs, because it's two of us HCAs for twenty-eight. # speaker bello worried
        And the discharge? His TTOs come up at two, and he sits in the chair with his coat on for nine hours. Very punctual. # speaker bello neutral
        {role == "clinician":
            You know what unrepeated obs on a frail man at five can turn into. So does Grace.
        - else:
            {not knows_news2:The early warning score is a column in the quality report to you; what a five asks of two HCAs at four in the morning, you could not say. }You understand "instead of his obs" perfectly well, and "two of us HCAs for twenty-eight" even better.
        }
    - else:
        Ade looks at Grace. Grace looks at the whiteboard.
        It's fine. We manage. # speaker bello neutral
        {role == "clinician":
            It is what people say to a consultant in front of the medical director.
        - else:
            It is what people say to the suit who came with the medical director.
        }
        Grace, after: ask him on a Tuesday. Not at a board round.
    }
* {role == "clinician"} [Press on: twenty jobs and clinic at eleven]
    # wellbeing -1
    # later 2 care -2 why Nobody heard that obs were slipping at five, and on Larch they went on slipping
    Ade goes home, and what he knows goes with him.
* {role == "manager"} [Head back: Janet wants the numbers by noon]
    # trust.executives +1
    # later 2 care -2 why What Ade knew about five o'clock obs reached nobody, and the early wake-ups went on
    You leave for the ten o'clock site meeting. Ade goes home, and what he knows goes with him.
- {role == "clinician":
    Before clinic you find Grace at the nurses' station.
- else:
    On your way out you pass Grace at the nurses' station. She looks up: will you stop?
}
* {role == "clinician"} [Make it Larch's rule: TTOs written the day before # authority standards]
    # level department
    # care +3
    # trust.clinicians +3
    # trust.executives -3
    # later 2 budget -1 why Some patients whose TTOs were written the day before stayed on and had their medicines changed: pharmacy remade those packs
    # skill understanding
    ~ mon_tto_rule = true
    On Larch, TTOs are written the day before a planned discharge, and nobody is woken at five for a deadline. Grace, your call on the mornings; if Janet asks, the rest was mine. # speaker you
    Grace writes it on the board in green. Today Larch is the ward in Janet's figures that did not play. By Thursday its TTOs are waiting in the drawer before the round starts.
* (runner) {role == "clinician"} [Ring pharmacy yourself and beg a runner # hours -1]
    # level practice
    # care +2
    # trust.clinicians +1
    # wellbeing -1
    The chief technician remembers you as a registrar and sends the TTOs up by half ten. Bed 14 goes at ten to eleven. Grace thanks you, and writes nothing on the board.
* {role == "manager"} [Pay pharmacy for a pharmacist and a technician on Larch, mornings, this quarter # authority post]
    # budget -2
    # level department
    # later 3 care +3 why Larch's pharmacy mornings begin with the second week, once the chief pharmacist has found the cover: the pharmacist screens TTOs on the round, and the technician has them up before eleven
    # trust.clinicians +3
    # skill communication
    ~ mon_pharmacy_tech = true
    {mon_front_line:
        If I paid pharmacy for time here, mornings, this quarter, would TTOs be up before eleven? # speaker you
        Grace blinks, which for Grace is astonishment.
        If a pharmacist screens them on the round, before ten, and a technician makes them up. A technician alone can't. # speaker okafor pleased
    - else:
        I could pay pharmacy for a pharmacist and a technician here, mornings. Would that help? # speaker you
        Probably. It's not the only problem. # speaker okafor neutral
    }
    The chief pharmacist and the vacancy panel must agree it; Marcus Webb will ask who pays.
* {role == "manager"} [Tell Grace Home by 11 stands]
    # level organisation
    # trust.executives +3
    # trust.clinicians -4
    # later 2 care -3 why Larch kept chasing eleven o'clock, and morning obs gave way to getting patients dressed
    Home by 11 stands, Grace. The board is watching this one. # speaker you
    Understood. # speaker okafor neutral
    She caps her pen and goes back to the board.
* [Promise to take the TTO problem upstairs]
    # trust.clinicians +2
    # skill communication
    ~ mon_promise = true
    Leave the TTOs with me. I'll take it upstairs this week, properly. # speaker you
    {role == "clinician":
        You said that last year about the weekend TTOs. I'll hold you to this one. # speaker okafor neutral
    - else:
        People from Riverside House say that a lot. I'll hold you to it. # speaker okafor neutral
    }
- {role == "clinician":
    Walking to clinic: Janet Cole's office wants two lines on how Larch did.
- else:
    Back in Riverside House, Janet: How did Larch do? Two lines please. Helen says they're on board.
}
* [Tell Janet what the ward said, in their words # hours -1]
    # skill communication
    {mon_front_line:
        You use Ade's words: woken at five, obs traded for shirt buttons, TTOs at two, a man in his coat for nine hours.
        That's not what I heard from Helen. Come to Thursday's flow meeting and say that. # speaker cole worried
        {role == "clinician":
            Thursday is your clinic. You say yes; your registrar will run it, and two new patients wait a week.
        - else:
            You say yes. Nobody from Larch has been quoted in a flow meeting before.
        }
        By Friday her office has rung Grace to ask what Larch needs. # later 2 trust.clinicians +2 why Janet's office asked Larch what it needed, and Grace heard her ward had been listened to
    - else:
        # trust.executives -1
        All you have is a ward that went quiet when you arrived. Written down, it reads as a vague worry against Dr Marsh's word.
        Noted. Helen's very positive, so let's give it a fortnight. # speaker cole neutral
    }
* [Give Janet the headline: Larch is on board]
    # trust.executives +3
    # later 2 trust.clinicians -3 why Larch read your "on board" email and stopped telling you how things really were
    Larch is on board. Good engagement at the board round. # speaker you
    Janet forwards it to the executive team. By Friday it has reached Larch, word for word.
- {runner:
    On the whiteboard, bed 14 has a new name by noon: a man from ED, who waited there all night.
- else:
    On the whiteboard, bed 14 still says TTOs. {mon_promise: Under it, smaller, in Grace's hand: Friday?}
}
-> scene_end
