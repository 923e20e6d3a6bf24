// The quarter review: the board and Alderbank's own pulse survey (a local one: the national staff survey has this quarter to itself), after week eight.
// Reads the final meters, the trust groups, arcs, structures and how the interventions landed; and how discharge to
// assess came back to the system board in week seven (w3_board_said, w3_clinic_moved: what the player did in week three).

VAR review_wards_words = false   // at the month-end or quarter review the player read the board the wards' own words (the ending remembers)

=== quarter_review ===
# title The quarter review
# barrier status
# place exec
# day Friday
# week 8
Friday, two o'clock, the boardroom in Riverside House. Eleven people, a screen of charts, and biscuits nobody touches until the finance item is over.
{role == "clinician":
    You are item six: "Medicine: the clinical director's view". You have seven minutes. You moved half of this afternoon's clinic to be here; the other half is waiting for you at four.
- else:
    You are item six: "Medicine: quarter three to date, general manager". You have seven minutes and forty slides, which Janet has asked you to make into four.
    One slide is the clinical director's: the clinics given up for the role were never backfilled, and the waiting list has been a clinic a week short since. # aside
}
{as_partner:
    {role == "clinician":
        Behind Dr Marsh's report are names you know: medicine's incidents go through the division's quality meeting before they reach this room. # aside
    - else:
        You know what the director of finance will ask medicine next: the month-nine forecast, and how much of the quarter's savings are recurrent. # aside
    }
}
The director of finance takes the money, year to date against plan, and Janet Cole the performance: four-hour waits, ambulance handovers, the elective and cancer waiting lists.
{
- budget < 40:
    Marcus Webb, at the side of the room, looks at the table. The word "recovery" is on the director of finance's next slide. # claim budget<40
- budget < 55:
    Behind plan, inside the line. The director of finance asks for medicine's month-nine forecast by next Friday, and Marcus Webb writes "trajectory" in his margin. # claim budget>=40 # claim budget<55
- else:
    Marcus Webb allows himself a very small nod. # claim budget>=55
}
{
- care_moved <= -3:
    Dr Marsh takes the patient safety report. More incidents causing harm on the medical wards than last quarter, and more of them about staffing at night. Nobody looks at the biscuits. # claim care.moved<=-3
- care_moved < 3:
    Dr Marsh takes the patient safety report. About as many incidents causing harm on the medical wards as last quarter. She reads the night-time ones out in full. # claim care.moved>-3 # claim care.moved<3
- else:
    Dr Marsh takes the patient safety report. Fewer incidents causing harm on the medical wards than last quarter, and she says so twice. # claim care.moved>=3
}
Then Alderbank's own pulse survey, run again since the mid-quarter one, with the same question about clinicians and managers working well together. Nationally, fewer than half of staff once agreed. Alderbank has never beaten that.
{
- trust_clinicians >= 60:
    This quarter, on the medical wards, it does. Not by much. Janet reads the number, then reads it again as if it might change back. # claim trust.clinicians>=60
- trust_clinicians >= 40:
    This quarter it is about where it always is. Janet reads it without inflection, which in Riverside House is a form of mercy. # claim trust.clinicians>=40 # claim trust.clinicians<60
- else:
    This quarter it falls. The free-text comments are on the next slide, and Janet skips it. # claim trust.clinicians<40
}
{trust_clinicians < 40:
    The nurses' comments, when someone finally reads a few aloud, are about being told rather than asked. # claim trust.clinicians<40
}
{trust_executives < 40:
    The executives' view, summarised by Janet, is that medicine "has gone its own way this quarter". She means you. # claim trust.executives<40
}
{addressed:
    A non-executive director {trust_clinicians < 40:asks for the skipped slide, and reads one comment twice|asks to hear one comment twice}: "For once somebody went after the thing that was actually wrong." # claim right>=2
}
{wrong_moves > right_moves:
    {wrong_moves + right_moves >= 2:A non-executive director counts the initiatives on the medicine slide: {in_words(wrong_moves + right_moves)}. She asks which of them went|A non-executive director asks whether the one initiative on the medicine slide went} where the staff said the trouble was. The silence is long enough for a biscuit. # claim wrong>=1
}
{arc_board == 2:
    {board_week <= 3:The system board's minutes record a question from its clinical members, Sunita Rao and Alderbank's own consultant, about night medical cover in the county's hospitals. Alderbank is asked for an answer, with a date.|The consultant seat on the system board starts at its next meeting. Sunita Rao has already asked the chair to put night medical cover in the county's hospitals on its agenda, and Alderbank will be asked for an answer.}
}
{week >= 7:
    {w3_board_said:
    - 1:
        Discharge to assess went back to the system board the Thursday before last, with primary care's report, the action minuted when you spoke up. Dr Sunita Rao, the GP who leads the place partnership, brought a month's audit: one in four patients her practices saw in their first week home from Alderbank had been seen before the discharge summary arrived.
    - 2:
        Discharge to assess went back to the system board the Thursday before last, with your occupancy figures, brought up to date, and one new line: discharge summaries sent to the GP within twenty-four hours, sixty-eight per cent. Dr Sunita Rao, the GP who leads the place partnership, asked about the other thirty-two per cent.
    - 3:
        Discharge to assess went back to the system board the Thursday before last, with a paper from Dr Sunita Rao, the GP who leads the place partnership. She had sent it to you first, with one line: "Our four minutes, written up."
    - 4:
        Discharge to assess went back to the system board the Thursday before last, with a paper from Dr Sunita Rao, the GP who leads the place partnership. Alderbank is named in it twenty times. Nobody from Alderbank is quoted in it.
    - else:
        Discharge to assess went back to the system board the Thursday before last, as minuted{w3_board_went:, a month after you sat at the table for it}, with a paper from Dr Sunita Rao, the GP who leads the place partnership.
    }
    {w3_clinic_moved:
        {w3_board_said == 4:You were at the table for it, though Sunita's paper was written before you sat down|You were at the table for it}: your clinic has been on Tuesday mornings since the start of November.
    }
}
{arc_paired == 2:
    Two people you put together this quarter sit side by side, which at this table is a statement.
- else:
    {arc_training == 2:A consultant and a booking manager from your joint training sit side by side, which at this table is a statement.}
}
Item six. Janet nods at you.
* [Give the board the numbers, straight]
    # trust.executives +2
    # skill communication
    {role == "clinician":
        You give them the bed days, the agency spend and the waits, in their words. It is the shortest item of the afternoon. Janet thanks you for "a very clear update".
    - else:
        You give them the numbers in four slides. Janet thanks you. Marcus, from the side of the room, mouths "four", impressed.
    }
    Dr Marsh, who had a question ready, puts her pen down.
* [Tell them what the ward told you, in the ward's words]
    # trust.clinicians +3
    # trust.executives -1
    # skill listening
    ~ review_wards_words = true
    You read them two sentences from your notebook, as they were said to you. You do not dress them up.
    {open_okafor:
        They are Grace Okafor's sentences, and she has said you can use her name. You do.
    }
    {w4_survey_shared:
        Then a third, from the survey's forty pages of comments, which you asked for in full: a night healthcare assistant's. "Nobody tells nights anything. We find out about changes from the patients."
    }
    The board is quiet. Dr Marsh writes something down, which she does not always do. By Monday, Larch has heard.
* {role == "clinician"} [Ask for cover for the clinics your clinical director sessions push out]
    # trust.leaders +2
    # trust.executives -1
    # skill communication
    {arc_induction == 2:
        This quarter your clinical director sessions have been protected, on a handshake. You ask for the clinics they displace to be backfilled in next year's plan, so that the handshake becomes the job plan.
    - else:
        Your clinical director sessions are in your job plan, but the clinics they replaced when you took the role were never backfilled: the waiting list has been a clinic a week short ever since. You say which ones, and ask for the backfill to be in next year's plan.
    }
    Janet says it will need a business case. Dr Marsh says she will take it to job planning.
* {role == "manager"} [Tell the board medicine will bid for cover for the clinical director's lost clinics # authority budget]
    # trust.leaders +2
    # budget -2
    # skill understanding
    You tell the board that medicine will put a case to the investment panel: two sessions a week of consultant cover from January, paid from medicine's budget, so the clinical director's leadership time stops coming out of clinics.
    Marcus winces, then pencils it into the forecast, pending the panel. Janet asks whether it will "slow things down". It's the clinics that are slowing now, you say.
- The chair moves to item seven.
On the way out, Janet asks what you would do differently next quarter.
* [Say you would spend less time in this building]
    # trust.cole +1
    # skill understanding
    She laughs, briefly, then sees you mean it.
    Fair. Send me your diary for January. I want to see what that looks like. # speaker cole neutral
* [Say you would ask more questions earlier]
    # skill listening
    # trust.cole +1
    She considers this.
    Start with me, then. # speaker cole pleased
* [Say you would do exactly the same]
    # trust.cole +1
    Good. Consistency. # speaker cole pleased
- The door closes behind you. The quarter is over.
-> scene_end
