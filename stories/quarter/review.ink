// The quarter review: the board and the staff survey, after week eight.
// Reads the final meters, the trust groups, arcs, structures and how the interventions landed.

=== quarter_review ===
# title The quarter review
# barrier status
# place exec
# day Friday
# week 8
Friday, two o'clock, the boardroom in Riverside House. Eleven people round a table built for sixteen, a screen of charts, and a plate of biscuits nobody touches until the finance item is over.
{role == "clinician":
    You are item six: "Medicine division, clinical perspective (CD)". You have seven minutes. You cancelled half a clinic to be here, and the half you did not cancel is waiting for you at four.
- else:
    You are item six: "Medicine division, quarter three review (GM)". You have seven minutes and forty slides, which Janet has asked you to make into four.
}
Janet Cole opens with the numbers. Budget at {budget}. The patient care indicators, which the board's dashboard turns into one grim little gauge, at {care}. {budget < 40: Marcus Webb looks at the table.|Marcus Webb allows himself a very small nod.}
{care < 40:
    Dr Marsh reads out the serious incidents. There are more than last quarter. Nobody looks at the biscuits.
- else:
    Dr Marsh reads out the serious incidents. There are fewer than last quarter, and she says so twice.
}
Then the staff survey. The item everyone waits for is the one about clinicians and managers working well together. Nationally, years ago, fewer than half of staff agreed with it. Alderbank has never beaten that.
{trust >= 60:
    This quarter, on the medical wards, it does. Not by much. Janet reads the number, then reads it again as if it might change back.
- else:
    {trust >= 40:
        This quarter it is about where it always is. Janet reads it without inflection, which in Riverside House is a form of mercy.
    - else:
        This quarter it falls. The free-text comments are on the next slide, and Janet skips it.
    }
}
{trust_clinicians < trust_executives - 20:
    The nurses' comments, when someone finally reads a few aloud, are about being told rather than asked.
}
{trust_executives < trust_clinicians - 20:
    The executives' view, summarised by Janet, is that medicine "has gone its own way this quarter". She means you.
}
{addressed:
    One comment, from a ward you worked with, is read out twice because the non-executive director asks for it again: "For once somebody fixed the thing that was actually wrong."
}
{wrong_moves > right_moves:
    A non-executive director counts the initiatives on the medicine slide. There are {wrong_moves + right_moves}. She asks which of them the staff asked for. The silence lasts long enough for someone to reach for a biscuit.
}
{arc_board == 2:
    The new clinical member of the board asks the question everybody else was avoiding, about night staffing on Larch, and gets an answer, with a date.
}
{arc_paired == 2 || arc_training == 2:
    Two of the people you put together this quarter are in the room, sitting next to each other, which at this table is a statement.
}
Item six. Janet nods at you.
* [Give the board the numbers, straight]
    # trust.executives +2
    # skill communication
    {role == "clinician":
        You give them the bed days, the agency spend and the waits, in their words. It is the shortest item of the afternoon. Janet thanks you for "a very clear update".
    - else:
        You give them the numbers in four slides. Janet thanks you. Marcus, beside you, mouths "four", impressed.
    }
    Nobody asks about the people behind them. You were not asked to say.
* [Tell them what the ward told you, in the ward's words # hours -1]
    # trust.clinicians +3
    # trust.executives -1
    # skill listening
    You read them two sentences you wrote down on Larch at three in the morning. You do not dress them up.
    {open_okafor:
        They are Grace Okafor's sentences, and she has said you can use her name. You do.
    }
    The board is quiet. Dr Marsh writes something down, which she does not always do.
* {role == "clinician"} [Ask the board for protected time for the clinical director role]
    # trust.leaders +2
    # trust.executives -1
    # skill communication
    You ask for two protected sessions a week, in the job plan, not "as service needs allow". You explain what the quarter cost you and the clinics you missed.
    Janet says it will need a business case. Dr Marsh says she will support one. You will believe it when the rota does.
* {role == "manager"} [Ask the board to fund a clinician's time on the division's leadership team]
    # trust.leaders +2
    # budget -2
    # skill understanding
    You ask for a consultant's session a week, paid, to sit with you on every decision the division makes.
    Marcus winces at the cost, then nods. Janet asks whether it will "slow things down". You say yes, at first, and that is rather the point.
- The chair moves to item seven. Someone finally takes a biscuit.
On the way out, Janet asks what you would do differently next quarter.
* [Say you would spend less time in this building]
    # trust.clinicians +1
    # skill understanding
    She laughs, briefly, then sees you mean it.
    Fair, she says. Send me your diary for January. I want to see what that looks like. # speaker cole neutral
* [Say you would ask more questions earlier]
    # skill listening
    # trust.leaders +1
    She considers this. In Riverside House, asking questions early is a radical act.
    Start with me, then. # speaker cole pleased
* [Say you would do exactly the same]
    # trust.executives +1
    # trust.clinicians -1
    Good, she says. Consistency. # speaker cole pleased
    It is what she wanted to hear, and you are not sure it is true.
- The door closes behind you. The quarter is over; what it added up to is out of your hands now.
-> scene_end
