// Week 5, Tuesday in the finance office. Barrier: location. Level: organisation.
// Estates propose moving the management team to a business park two miles away; corridor conversations would vanish.

VAR w5_move_asked = false

=== w5_move ===
# title The business park
# barrier location
# place finance
# day Tuesday
# week 5
# level organisation
{here:
    Tuesday, nine o'clock, Riverside House. Marcus Webb is holding a floor plan the way people hold a letter from a solicitor.
- else:
    The estates paper arrives on Tuesday as an attachment to an all-managers email. Half of Riverside House has read it by lunchtime. You read it on your phone, on a ward, which is perhaps the point.
}
The proposal: the management team, finance and the executive offices leave Riverside House in the spring for leased offices on the business park, two miles away by the ring road. Riverside House becomes a new outpatient clinic, with twelve consulting rooms. The waiting list would shrink. The rent is cheap.
{here:
    Marcus lays it out. Shuttle bus every half hour. Video calls for everything else. Estates say nobody will notice the difference. # speaker webb neutral
}
{role == "clinician":
    You already spend an hour crossing the site to reach Riverside House. From the business park it would be a morning. You picture the clinical director's diary, and it is mostly bus.
- else:
    Your office would be two miles from the nearest patient. You think about the last time a ward sister stopped you on the stairs with something she would never have put in an email. It was last week.
}
{open_webb:
    {pressing:
    - "organisation":
        Honestly, it's the same story as everything here. The trust decides where people sit from a spreadsheet, and then runs an engagement event to tell them. # speaker webb worried # clue organisation
    - "department":
        Honestly, the real damage is to medicine. Surgery's managers sit with their surgeons already. Medicine's will be two miles from its wards, and it's the division that talks least as it is. # speaker webb worried # clue department
    - else:
        Honestly, what I'll miss is the corridor. Half my useful conversations with clinicians happen by accident, one person at a time, on the stairs. # speaker webb worried # clue practice
    }
- else:
    Marcus says it "makes sense on paper", and then folds the paper very small.
}
{role == "clinician":
    The consultants' WhatsApp group has already found the paper. Someone has posted a map of the business park with a small red pin labelled "management", and under it, "finally, a safe distance".
    You do not laugh. A year ago you would have.
- else:
    The managers' corridor is quieter than usual. Someone has printed the business park's brochure and left it by the kettle: a gym, a sandwich bar, free parking. Nobody mentions that the free parking is the point.
}
Janet Cole's covering note says the move is "essential to release clinical capacity" and that the decision "will be taken at the next board". # speaker cole neutral # term capacity # clue organisation
* [Ask the people who would be left behind what the corridor gives them # hours -2]
    # trust.clinicians +2
    # trust.okafor +1
    # skill listening
    ~ w5_move_asked = true
    You ask Grace, Priya, Kev and two consultants the same question: what happens in a corridor that doesn't happen on a video call?
    Grace: You see my face when I'm lying about being fine. # speaker okafor neutral
    Kev: You'd never hear anything first again. # speaker doyle neutral
* [Check the numbers: rent, clinic income, shuttle costs]
    # trust.webb +1
    # budget +1
    The numbers are real. The move saves money and creates clinic capacity. Nothing in the spreadsheet measures what two miles does to a conversation. # term capacity
* {role == "manager"} [Support the move: the clinic capacity is worth it]
    # trust.executives +2
    # trust.clinicians -2
    # later 3 trust.clinicians -2
    You tell Janet you support it. Twelve consulting rooms are twelve consulting rooms. She is pleased. The wards, when they hear, are not surprised.
* {role == "clinician"} [Object in writing: clinical leaders will be cut off from management]
    # trust.leaders +2
    # trust.executives -2
    You write to the board: a clinical director two miles from the executive team is a clinical director in name only. It is a strong letter. Janet calls it "emotive".
- The board will decide next week. Before then, Janet wants options, on one page, by Friday.
{role == "manager":
    You look up the business park's website. The main photograph is of three people in suits laughing at a salad, beside a lake. None of them looks as if they have ever been bleeped.
}
{open_okafor && w5_move_asked:
    Grace has one of her own. Put them in the main block. There's a whole floor of old seminar rooms next to theatres nobody uses since the education centre moved. # speaker okafor neutral
}
* {not colocated} [Propose the opposite: move the managers into the clinical block, next to the wards]
    # build colocate
    # intervene organisation
    # budget -2
    # skill understanding
    You propose that the divisional managers and finance partners move into the old seminar rooms in the main block, one floor from the wards, and that Riverside House still becomes the clinic.
    It costs more than the business park. Estates sigh. Janet, to everyone's surprise, likes it: the regulator's last letter was about how leaders listen.
* [Keep a hot-desk room in the main block for managers, two days a week]
    # intervene department
    # trust.clinicians +1
    A room with six desks and a kettle, next to the medical wards, for the division's managers on Tuesdays and Thursdays. It is a compromise, and compromises are how Alderbank works.
* [Accept the move, and promise to visit the wards every week]
    # intervene practice
    # trust.executives +1
    # later 3 trust.clinicians -1
    You accept the move and make a personal commitment: every week, a ward, in person. It is the right instinct, and it depends entirely on the bus.
* [Leave it to the board]
    # trust.executives +1
    # later 3 trust.clinicians -2
    You leave it to the board. It is their decision. In the spring, a lorry will take the filing cabinets away.
- Walking back, you pass the stairwell where Grace stopped you last week.
{colocated:
    In a month, the stairwell will be your commute.
- else:
    {role == "manager":
        You stand there for a moment, in case anyone stops you. Nobody does.
    - else:
        A manager you half-know stops you to ask about a patient complaint. It takes two minutes and saves a week of emails. You wonder who will have that conversation next year.
    }
}
* [Stop and chat with whoever is on the stairs]
    # trust.clinicians +1
    # skill listening
    A physiotherapist, a pharmacist and an FY1 pass in five minutes. You learn that pharmacy is two technicians short and that the FY1s have a group chat called "Larch survivors".
* [Hurry back to your desk]
    # hours +1
    The stairs are empty by the time you reach your floor.
- -> scene_end
