// Week 7, Thursday in the finance office. Barrier: status. Level: department.
// The quarter's cost improvement programme stalls without clinicians; who is in the room decides whether the plan is real.

VAR w7_cip_front_line = false

=== w7_cip ===
# title The savings plan
# barrier status
# place finance
# day Thursday
# week 7
# level department
{here:
    Thursday, the finance office, Riverside House. Marcus Webb has booked the small meeting room, the one with the whiteboard that never quite wipes clean. Last quarter's numbers are still faintly visible under this quarter's.
- else:
    You were not at Thursday's savings meeting. Marcus sends the slides afterwards with a cheerful note: "Missed you! Decisions on p.4." Page four has your name on it twice.
}
The medicine division's CIP, its cost improvement programme for the year, is four per cent: a little under three million pounds. Two-thirds of the way through the year it has found just over half. Most of what it has found is non-recurrent: a delayed equipment order, a post held vacant, savings that vanish in April.
{here:
    Marcus taps the gap on the slide. I need recurrent savings from medicine, and I need clinical names against them. The board won't accept a plan no clinician has signed. # speaker webb worried
}
{role == "clinician":
    The room is you, Marcus, two finance analysts and Dr Marsh on speakerphone. Not one person who works on a ward.
- else:
    The room is you, Marcus, two finance analysts and Dr Marsh on speakerphone. You notice, for the first time, that this is the room every savings plan at Alderbank has been written in.
}
{here:
    The plan on the table: close four beds on Larch, cut agency nursing on medicine by a third, and "standardise" consultant job plans to free two sessions a week for extra clinics.
    Dr Marsh, on the speaker, says the consultants will "come round once they see the numbers". # speaker marsh neutral # clue practice
}
{open_webb:
    When the speaker clicks off, Marcus lowers his voice.
    {pressing:
    - "organisation":
        Between us: every division's plan looks like this, because Riverside writes them all the same way, top down, and then wonders why none of them land. # speaker webb worried # clue organisation
    - "department":
        Between us: it's medicine. Surgery's plan was written with their consultants in the room and it's on track. Medicine's is written in here every year, and every year it fails in the same places. # speaker webb worried # clue department
    - else:
        Between us: the savings are real, but they depend on what individual consultants and ward sisters do on a Tuesday. Nobody's asked any of them. # speaker webb worried # clue practice
    }
- else:
    Marcus says the plan is "robust". He says it the way people say a bridge is safe when they have not driven over it.
}
* [Ask for the plan to go to Grace Okafor and the medical consultants before it goes anywhere else]
    # trust.clinicians +2
    # trust.webb +1
    # skill understanding
    ~ w7_cip_front_line = true
    Marcus winces at the timetable, then agrees. You book an hour on Larch for Monday, at the nurses' station, not in this room.
* [Sign it off: the board needs a plan this month]
    # budget +3
    # trust.clinicians -3
    # later 3 budget -3
    # later 3 trust.okafor -3
    You sign it. The board has a plan. The plan has your name on it, and four beds on Larch it does not understand.
* {role == "clinician"} [Offer your own clinical name, and nobody else's]
    # trust.leaders -1
    # trust.executives +2
    # later 3 trust.clinicians -2
    You put your name against it as clinical director. It is the signature they need, and you know it is not the signature that counts.
* {role == "manager"} [Tell Marcus the run-rate will fix itself over winter]
    # jargon
    # trust.webb -2
    You say the run-rate usually improves in Q4. Marcus looks at you the way you look at a consultant who says a patient "usually picks up".
- {w7_cip_front_line:
    Monday, Larch Ward, half past two, the quiet hour between lunch and the afternoon drugs round. Grace Okafor reads the plan standing up.
- else:
    A week later, the plan reaches Larch as a PDF attached to an email from finance.
}
{open_okafor:
    Four beds. You know those four beds are the ones we put the people who are going home tomorrow in? Shut them and the discharges go back to the corridor. # speaker okafor worried
    But agency: yes. We spend a fortune on agency at weekends because the bank rates are worse than the agency's. Fix the bank rate and I'll fill the shifts myself. # speaker okafor neutral
- else:
    Grace reads it and hands it back. We'll do what we're told. We always do. # speaker okafor neutral
}
{open_bello:
    Ade, restocking the gloves, adds without looking round: And the HCAs would do the extra bank shifts if the rota came out before Thursday. # speaker bello neutral
}
{role == "clinician":
    The consultants' meeting that evening is eleven people who have seen four savings plans in four years. They sit with their arms folded.
- else:
    You are invited to the consultants' meeting that evening, which has not happened before. They sit with their arms folded, politely.
}
{open_achterberg:
    Mr Achterberg, visiting from surgery, tells them how surgery did theirs: their own ideas, their own names, their own savings. He is insufferable about it. It is useful.
}
* [Rewrite the plan with the ward's ideas: bank rates, earlier rotas, no bed closures]
    # intervene practice
    # trust.okafor +3
    # budget -1
    # skill communication
    The new plan saves less on paper and more in practice. Marcus says it "changes the risk profile". Grace says it's the first one she's read to the end.
* [Give medicine its own savings group, chaired by a consultant, meeting monthly]
    # intervene department
    # trust.leaders +2
    # hours -1
    # skill understanding
    You propose that medicine runs its savings like surgery does: a consultant chair, the ward sisters in the room, finance as a guest.
    Two consultants unfold their arms. One volunteers, which nobody expected, least of all her.
* [Take the problem to the executive: the whole CIP process needs redesigning]
    # intervene organisation
    # trust.executives -1
    # skill communication
    You write to Janet: the way Alderbank writes savings plans, in Riverside House and for the wards, is why they fail. She replies that she'll "reflect on the process" at the next planning round, in spring.
* {arc_training == 0} [Propose joint training for consultants, ward sisters and finance, starting with this plan]
    # arc training
    # trust +1
    # hours -1
    # skill understanding
    You propose a half-day, once a month, where consultants, ward sisters and the finance team work on real problems together. The first one will be this plan.
    Marcus asks whether there will be biscuits. You say yes. He signs up.
- By Friday there is a plan with clinical names on it.
{w7_cip_front_line:
    This time the names were asked for, not added.
- else:
    Whether those names mean anything will become clear in April, when the non-recurrent savings run out.
}
Marcus rings on Friday afternoon. The plan goes to the finance committee next week. Who is presenting it?
* [Present it with Grace Okafor beside you # hours -1]
    # trust.okafor +2
    # trust.executives -1
    # skill communication
    Grace says she has never been to a finance committee. You say neither had the plan, until now.
    {open_okafor:
        She says yes, on condition that she gets to say the bit about the bank rates herself.
    - else:
        She says she'll think about it. On Monday she says yes, in the tone of someone agreeing to a dental appointment.
    }
* [Present it yourself: it's your division]
    # trust.executives +1
    It is your division, and your name. The committee asks sharp questions and you answer most of them.
    The ones you can't answer are about what happens on a ward at the weekend.
* [Let Marcus present it: it's his spreadsheet]
    # trust.webb +2
    # trust.clinicians -1
    Marcus is delighted and slightly terrified. He presents it well. The committee thanks finance for its work with the division, which is how these things are always minuted.
- -> scene_end
