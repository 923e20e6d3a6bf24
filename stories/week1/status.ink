// Monday: the board round on Larch Ward. Barrier: status. Level: department.
// Sets mon_front_line (heard Grace and Ade properly) and mon_promise (promised to take TTOs upstairs).

=== week1_status ===
# title The board round
# barrier status
# place ward
# day Monday
# level department
~ temp earned = false
Monday, half past eight, Larch Ward. The board round happens standing, in a semicircle around a whiteboard of twenty-eight beds in four colours of marker. Red means a problem. Green means going home. Nobody remembers what blue means.
Twenty-seven beds are full. Eleven patients are waiting in ED for a medical bed, two on corridor trolleys since last night, and the email Janet Cole sent at seven has a name: Home by 11. First discharges off every ward before eleven, starting today.
Under Janet's signature is one more line: Dr Marsh fully supports this initiative.
{role == "clinician":
    You lead the round: consultant on Larch this week, clinical director for medicine, and everyone in the semicircle knows both. Clinic starts at eleven, across the site, and the first patient has waited four months for it.
    The FY1 reads out patients at speed, eyes fixed on you, waiting to be told. Sister Grace Okafor holds the bed board at the end of the row. She trained you, more or less, when you were an SHO who couldn't cannulate.
    Nobody here interrupts a consultant on a board round. You never did either.
- else:
    You have walked over from Riverside House to see how Home by 11 is landing. You are the only one in a jacket, and the registrar looks at your lanyard, then at the consultant, as if to ask who let you in.
    Sister Grace Okafor nods at you once, politely, and from then on says noticeably less.
    Half of what they say is a language you don't speak. Bed 9 has a NEWS2 of four. Bed 17 is MFFD. Bed 22 is awaiting TTOs, and so, it seems, is bed 14.
}
Ade Bello, the healthcare assistant from nights, is still here an hour after handover, folding pillowcases by the linen trolley.
Dr Helen Marsh appears at the doors, phone in hand, on her way somewhere else.
{role == "clinician":
    Just passing. Wanted to show my face for Home by 11. How's Larch looking for eleven? # speaker marsh pleased
    The FY1 straightens. Grace's face does nothing at all, which is its own kind of answer.
- else:
    Good, you're here. Janet will want to hear how Larch is doing, so I'll leave you in charge of the good news. # speaker marsh pleased
    She says it warmly, in front of everyone. The semicircle now knows exactly whose side you are on.
}
* {role == "clinician"} [Tell Helen it's fine and keep the round moving]
    # trust.leaders +2
    # trust.clinicians -2
    # later 2 care -2
    We'll get there, Helen. Right, next patient. # speaker you
    Marsh gives you a thumbs up and is gone. The FY1 speeds up, relieved.
    Grace's pen hovers over bed 14 for a second, then moves on.
* {role == "clinician"} [Stop at bed 14 and ask Grace what's holding him # hours -1]
    # trust.clinicians +3
    # skill listening
    ~ earned = true
    Hang on. Grace, bed 14 has been medically optimised since Friday. What's actually stopping him going home? # speaker you
    Grace glances at Dr Marsh before she answers. It is a very small glance, and you notice it.
    TTOs. Pharmacy won't have them up before two. Never on a Monday, when every ward's go down at once. # speaker okafor neutral
    Marsh checks her watch and goes. The round runs fifteen minutes over. Nobody minds except the FY1.
* {role == "manager"} [Present the bed numbers and the case for Home by 11]
    # trust.executives +2
    # trust.clinicians -3
    # later 2 care -2
    Quick one from me. Eleven in ED waiting for medical beds, and we're at ninety-four per cent occupancy against a target of eighty-five. Home by 11 is how we get people out of that corridor. # speaker you
    Every word of it is true. The semicircle listens the way people listen to a fire alarm test, waiting for it to stop.
    Marsh nods and leaves. The consultant thanks you, and the round carries on exactly as before.
* {role == "manager"} [Stand at the back and just listen # hours -1]
    # trust.clinicians +2
    # skill listening
    ~ earned = true
    Marsh leaves after a minute. You stay at the back and say nothing, for forty minutes you had pencilled in for emails.
    At bed 14 Grace says: medically optimised since Friday, waiting on TTOs. The consultant sighs like a man who hears it every Monday.
    You do not know what a TTO is. You write it down. By bed 20, Grace has stopped lowering her voice when you are near.
* [Ask Dr Marsh for her view of how the ward is taking it]
    # trust.leaders +2
    # trust.clinicians -2
    {role == "clinician":Helen, you've talked to the other consultants. How are the wards taking it?|Helen, from your side, how is the ward taking it?} # speaker you
    Very positively. Medicine is fully behind it. The consultants I've spoken to are keen to lead by example. # speaker marsh pleased
    It takes forty seconds and it is very reassuring. Grace, two metres away, closes the bed board.
- The round ends. The FY1 goes off to chase bloods.
Ade is still by the linen trolley. He has been on since half seven last night and has not said a word all round. Nobody asked him one.
{role == "clinician":
    {earned:
        Grace catches your eye and tilts her head towards him, very slightly: not me, him.
    - else:
        Grace is writing on the board and does not look up.
    }
- else:
    Grace is watching you, waiting to see whether you will talk to anyone below the rank of consultant.
}
* [Ask Ade what nights are like since Home by 11 # hours -1]
    # trust.clinicians +3
    # skill listening
    Ade, you were on last night. What's it been like on nights since this started? # speaker you
    {earned:
        ~ mon_front_line = true
        Ade looks at Grace. Grace nods.
        We wake them at five. You have to, if they're washed and dressed and their bed's stripped for eleven. Two last night. # speaker bello neutral
        One of them had a NEWS2 of three at four o'clock. So at five we're doing his shirt buttons instead of his obs, because there's two of us for twenty-eight. # speaker bello worried
        Then the TTOs come up at two, and he sits in the chair with his coat on for nine hours. Very punctual. # speaker bello neutral
        {role == "clinician":
            You know exactly what an unrepeated set of obs on a frail man at five in the morning can turn into, and so does Grace.
        - else:
            You don't know what a NEWS2 of three means. You understand "instead of his obs" perfectly well, and "two of us for twenty-eight" even better.
        }
    - else:
        Ade looks at Grace. Grace looks at the whiteboard.
        It's fine. We manage. # speaker bello neutral
        {role == "clinician":
            It is what people say to a consultant while the medical director's good news is still in the air.
        - else:
            It is what people say to the suit who came with the medical director.
        }
        He picks up the linen bag and goes home.
        Grace waits until he has gone.
        Ask him on a Tuesday. When it's not a board round. # speaker okafor neutral
    }
* {role == "clinician"} [Press on: twenty jobs to do and clinic at eleven]
    # wellbeing -1
    # later 2 care -2
    You press on. There are discharge letters to sign, a family to ring, a cannula the FY1 can't get, and clinic at eleven.
    Ade goes home, and whatever he knows goes with him.
* {role == "manager"} [Head back: Janet wants the numbers by noon]
    # trust.executives +1
    # later 2 care -2
    You thank everyone and head for the doors. Janet wants the discharge numbers by noon, and there is a site meeting at ten.
    Ade goes home, and whatever he knows goes with him.
- {mon_front_line:
    The problem has a shape now: patients woken at five for a deadline pharmacy makes impossible, paid for in missed obs.
- else:
    Something on Larch is not working. Nobody has told you what, in words you could act on.
}
{role == "clinician":
    Before clinic, you find Grace at the nurses' station, bed board against her chest, pretending to read the off-duty.
- else:
    {earned:
        On your way out, Grace stops you by the nurses' station, bed board against her chest.
    - else:
        On your way out you pass Grace at the nurses' station. She looks up, briefly, to see whether you will stop.
    }
}
* {role == "clinician"} [Change the rule on Larch: discharge when TTOs are ready]
    # level department
    # care +3
    # trust.clinicians +3
    # trust.executives -3
    # skill understanding
    On Larch, we discharge when the TTOs are ready. Nobody gets woken at five for a deadline the pharmacy can't meet. If Janet asks, it was my call. # speaker you
    Grace writes it at the top of the board in green, which on Larch means policy.
    It is within your gift as clinical director. By lunchtime Larch will also be the ward in Janet's figures that did not play.
* {role == "clinician"} [Ring pharmacy yourself and beg a TTO runner # hours -1]
    # level practice
    # care +2
    # trust.clinicians +1
    # wellbeing -1
    You ring the pharmacy from the nurses' station. The chief technician remembers you from your registrar days and finds a runner to bring Larch's TTOs up by half ten.
    Bed 14 goes home at ten to eleven. It is a favour, not a fix, and Grace knows it as well as you do.
* {role == "manager"} [Fund a pharmacy technician on Larch, mornings]
    # budget -3
    # level department
    # care +3
    # trust.clinicians +3
    # skill communication
    You pull up a stool at the nurses' station, further into Larch than Riverside House usually gets.
    {mon_front_line:
        If I found the money for a pharmacy technician on Larch, mornings, for the quarter, would that get TTOs up before eleven? # speaker you
        Grace blinks, which for Grace is astonishment.
        It would get them up before ten. # speaker okafor pleased
    - else:
        I could fund a pharmacy technician for the ward. Mornings. Would that help? # speaker you
        Probably. It's not the only problem. # speaker okafor neutral
        It is the right answer to a question you only half understand. Marcus Webb will want to know which cost centre it comes out of.
    }
* {role == "manager"} [Tell Grace Home by 11 stands: the board is watching]
    # level organisation
    # trust.executives +3
    # trust.clinicians -4
    # later 2 care -3
    Home by 11 stands, Grace. The board is watching this one, and so is the regulator. # speaker you
    Understood. # speaker okafor neutral
    On a ward it is the most dangerous word there is, and you have just been given it.
* [Promise Grace you'll take the TTO problem upstairs this week]
    # trust.clinicians +2
    # skill communication
    ~ mon_promise = true
    Leave the TTOs with me. I'll take it upstairs this week, properly, not in an email. # speaker you
    Grace looks at you for a long second, the way she looks at a drug chart she doesn't trust.
    {role == "clinician":
        You said that last year about the bank rates. I'll hold you to this one. # speaker okafor neutral
    - else:
        People from Riverside House say that a lot. I'll hold you to it. # speaker okafor neutral
    }
- {role == "clinician":
    Walking to clinic at ten to eleven, you check your phone. Outpatients want to know where you are. Janet Cole's office wants two lines on how Larch did.
- else:
    You walk the seven minutes back across the car park, straight into a site meeting that overruns. # hours -1
    At your desk in Riverside House, a message from Janet is waiting: How did Larch do? Two lines please. Helen says they're on board.
}
* [Tell Janet what the ward told you, in their words # hours -1]
    # skill communication
    # trust.clinicians +2
    # trust.executives -1
    You write the two lines twice before you send them.
    {mon_front_line:
        In the end you use Ade's words: patients woken at five, obs traded for shirt buttons, TTOs at two, a man in his coat for nine hours. No adjectives.
        Janet replies within a minute.
        That's not what I heard from Helen. Can you come to the Thursday flow meeting and say that? # speaker cole worried
        {role == "clinician":
            Thursday is your ward round. You say yes anyway, and start working out who covers it.
        - else:
            You say yes. Nobody from Larch has ever been quoted in a flow meeting before.
        }
    - else:
        But all you really have is a ward that went quiet when you arrived. Written down, it reads as a vague worry.
        Noted. Helen's very positive, so let's give it a fortnight. # speaker cole neutral
    }
* [Give Janet the headline: Larch is on board]
    # trust.executives +3
    # later 2 trust.clinicians -3
    Larch is on board. Good engagement at the board round. # speaker you
    It takes ten seconds, and it is the answer Janet wanted. She forwards it to the executive team.
    {role == "clinician":
        You reach clinic only ten minutes late. The forwarded email now says the clinical director for medicine confirms Larch is on board.
    - else:
        The numbers go in before noon. Emails travel faster than porters, but Kev Doyle pushes a lot of trolleys past the board office.
    }
    By Friday, the line will have reached Larch, word for word.
- On the whiteboard, bed 14 still says TTOs. {mon_promise: Under it, in Grace's handwriting and smaller: Friday?}
-> scene_end
