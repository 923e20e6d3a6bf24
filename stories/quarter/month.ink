// The month-end review: how the workshop quarter closes, after week four (the full quarter
// closes with quarter_review after week eight). Medicine's monthly performance review with
// the executive team, a meeting most trusts hold for each division every month.
// Reads the final meters, the trust groups, arcs and how the interventions landed; every line
// that says how the month went carries a `# claim` (tests/story/endings.test.ts).

=== month_review ===
# title The month-end review
# barrier status
# place exec
# day Friday
# week 4
Friday, eight o'clock, the small meeting room on the first floor of Riverside House: medicine's monthly performance review. Janet Cole chairs. Marcus Webb has the finance pages, Dr Marsh the quality report, and Bernie Quinn the workforce numbers. The integrated performance report runs to thirty pages; medicine is nine of them.
{role == "clinician":
    You speak for medicine's clinicians. Your ward round starts at ten, and the registrar has been told to begin without you if this overruns. It usually overruns.
- else:
    You speak for medicine's operations. You have read all nine pages twice, and you know which three Janet will ask about.
}
Marcus takes the money first. The budget line on the dashboard reads {budget}.
{budget < 40:
    One month into the quarter and medicine is already behind its plan. Marcus does not say "recovery" yet. He writes it on his pad, where you can read it. # claim budget<40
- else:
    One month into the quarter and medicine is close to its plan. Marcus says so, then adds "so far", because that is what finance business partners are for. # claim budget>=40
}
{care < 45:
    Dr Marsh takes quality. Patient care, on the dashboard's one gauge, at {care}. More falls on the medical wards than last month, and more of the incident reports mention staffing. # claim care<45
- else:
    Dr Marsh takes quality. Patient care, on the dashboard's one gauge, at {care}. Fewer incidents causing harm on the medical wards than last month, and she asks for the ward teams to be told. # claim care>=45
}
Then Bernie Quinn's page: sickness, turnover, and what staff raised with the Freedom to Speak Up guardian this month.
{
- trust >= 60:
    Medicine's concerns were fewer than last month, and most were raised early, with someone in the division who acted on them. Janet reads that line twice. # claim trust>=60
- trust >= 40:
    About the same as last month: a handful of concerns, most of them about staffing. Janet moves on without comment, which in this room is neither praise nor blame. # claim trust>=40 # claim trust<60
- else:
    More concerns than last month, and the guardian's summary uses the word "unheard" three times. Nobody at the table asks who by. # claim trust<40
}
{trust_clinicians < 40:
    Bernie reads two of the ward managers' comments aloud. Both are about being told rather than asked. # claim trust.clinicians<40
}
{trust_executives < 40:
    Janet's own summary of medicine this month is that it has been "hard to get hold of". She is looking at you. # claim trust.executives<40
}
{addressed:
    Dr Marsh has a comment from a ward sister in her quality pages, under "what went well": "For once somebody fixed the thing that was actually wrong." # claim right>=2
}
{wrong_moves > right_moves:
    Janet counts the new initiatives on medicine's slide: {wrong_moves + right_moves}, in a month. She asks which of them the staff asked for. Nobody answers quickly enough. # claim wrong>=1
}
{arc_board == 2:
    The system board's clinical members have a question on its next agenda about night medical cover across the county's hospitals. Alderbank has been asked for an answer, with a date.
}
{arc_paired == 2 || arc_training == 2:
    Two people you put together this month are in the room to present one page they wrote together. It is the only page in the pack that both buildings have read.
}
Medicine's exceptions. Janet nods at you.
* [Give the meeting the numbers, straight]
    # trust.executives +2
    # skill communication
    {role == "clinician":
        You give them bed days, agency spend and waits, in their terms. It is the shortest item of the morning. Janet thanks you for "a very clear update".
    - else:
        You give them three numbers and one risk. Janet thanks you. Marcus, beside you, moves his pen to the next item, which from him is applause.
    }
    Nobody asks about the people behind the numbers. You were not asked to say.
* [Tell them what the wards told you, in the wards' words # hours -1]
    # trust.clinicians +3
    # trust.executives -1
    # skill listening
    You read two sentences from your notebook, as they were said to you, without dressing them up.
    {open_okafor:
        They are Grace Okafor's sentences, and she has said you can use her name. You do.
    }
    The room is quiet. Dr Marsh writes something down, which she does not always do.
* {role == "clinician"} [Ask for your leadership sessions to be protected from next month]
    # trust.leaders +2
    # trust.executives -1
    # skill communication
    {arc_induction == 2:
        You have had protected sessions for a week or two, on trust. You ask for them to be written into your job plan, not "as service needs allow".
    - else:
        You ask for two protected sessions a week in your job plan, and say which clinics this month cost.
    }
    Janet says it will need a business case. Dr Marsh says she will support one.
* {role == "manager"} [Ask to fund backfill for the clinical director's sessions]
    # trust.leaders +2
    # budget -2
    # skill understanding
    You ask for two sessions a week of consultant backfill, so that the clinical director's leadership time is paid for, not borrowed from clinics.
    Marcus winces at the cost, then nods. Janet asks whether it will "slow things down". For a month, you say.
- Janet moves to surgery.
As the room changes over, Janet asks what medicine will do differently next month.
* [Say you will spend more of it on the wards]
    # trust.clinicians +1
    # skill understanding
    She laughs, briefly, then sees you mean it.
    Fair, she says. Show me your diary at the next one. # speaker cole neutral
* [Say you will ask more questions, earlier]
    # skill listening
    # trust.leaders +1
    She considers this. In Riverside House, asking early is a radical act.
    Start with me, then. # speaker cole pleased
* [Say medicine will keep doing what it is doing]
    # trust.executives +1
    # trust.clinicians -1
    Good, she says. Consistency. # speaker cole pleased
    It is what she wanted to hear, and you are not sure it is true.
- The door closes behind you. The month is over. The quarter, and the winter, are not.
-> scene_end
