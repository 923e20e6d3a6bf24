// Week 5, Tuesday in the finance office. Barrier: location. Level: organisation.
// Estates propose moving the management team to a business park two miles away; corridor conversations would vanish.
// Builds colocate (the management team works in the clinical block). Reads colocated, w5 only.

VAR w5_move_asked = false    // asked the front line what the corridor gives them
VAR w5_rooms_found = false   // estates surveyed the main block and found the old seminar rooms
VAR w5_move_now = false      // proposed the managers' move into the main block this week (they move on Monday)

=== w5_move ===
# title The business park
# barrier location
# place finance
# day Tuesday
# week 5
# level organisation
{here:
    Tuesday, nine o'clock, Riverside House. Marcus Webb is holding a floor plan the way people hold a letter from a solicitor.
    {role == "clinician" && w3_clinic_moved:Your Tuesday clinic waits: its nurses have moved your first four patients to eleven.}
- else:
    The estates paper arrives on Tuesday, attached to an all-managers email. You read it on your phone, {role == "clinician":between patients|between meetings}.
}
The proposal: the management team, finance and the executive offices leave Riverside House in the spring for leased offices on the business park, two miles away by the ring road. Riverside House becomes an outpatient clinic with twelve consulting rooms. The rent looks cheap.
{here:
    Shuttle bus every half hour. Video calls for everything else. Estates say nobody will notice the difference. # speaker webb neutral
}
{role == "clinician":
    Twelve rooms are not twelve clinics. Someone has to staff them, and the consultants' job plans are yours to agree. # aside
    From the business park, a meeting with the executive team would cost you a morning. Your diary would be mostly bus. # aside
- else:
    {colocated:
        Your office stays in the main block. Finance, the executives and every other division's managers would go, and your meetings with them would be two miles away.
    - else:
        Your office would be two miles from the nearest patient. You think of what ward sisters tell you on the stairs that they would never put in an email. # aside
    }
}
{open_webb:
    {pressing:
    - "organisation":
        Honestly, it's the same story as everything here. The trust decides where people sit from a spreadsheet, then runs an engagement event to tell them. # speaker webb worried # clue organisation
    - "department":
        Honestly, the real damage is to medicine. Surgery's managers sit with their surgeons already. Medicine's will be two miles from its wards, and it talks least as it is. # speaker webb worried # clue department
    - else:
        Honestly, what I'll miss is the corridor. Half my useful conversations with clinicians happen by accident, one person at a time, on the stairs. # speaker webb worried # clue practice
    }
- else:
    Marcus says it "makes sense on paper", and then folds the paper very small.
}
{role == "clinician":
    The consultants' WhatsApp group has found the paper. Someone has posted a map of the business park with a red pin labelled "management", and under it: "finally, a safe distance". # aside
- else:
    Someone has left the business park's brochure by the managers' kettle: a gym, a sandwich bar, free parking. Nobody mentions that the free parking is the point.
}
Janet Cole's covering note says the move will "release clinical capacity", and that the board will decide it at its meeting this month. # term capacity # clue organisation
Grace Okafor has emailed you already: if anyone has to move, could it be nearer the wards? # request clinicians
* [Ask those who would be left behind what the corridor gives them # hours -2]
    # trust.clinicians +2
    # trust.okafor +1
    # skill listening
    # finding informal_contact
    ~ w5_move_asked = true
    You ask Grace, Priya, Kev and two consultants the same question: what happens in a corridor that doesn't happen on a video call?
    You see my face when I'm saying I'm fine and I'm not. # speaker okafor neutral
    You'd never hear anything first again. # speaker doyle neutral
* [Check the numbers with Marcus: rent, clinic income, shuttle]
    # trust.webb +1
    # skill understanding
    The revenue case holds. The lease is another matter: since 2022 a new lease counts against the area's NHS capital budget, and the refit needs capital too. The spreadsheet has a row for the shuttle bus, and none for a word on the stairs.
* {role == "clinician"} [Offer Janet four medical clinics for the new rooms # authority jobplan]
    # trust.executives +2
    # trust.leaders -2
    You tell Janet medicine can fill four rooms by moving four consultants' clinics out of the cramped main outpatients. It means reopening four job plans, with four consultants who like their Tuesdays as they are.
    Janet is delighted. Your offer is now in the paper, as the clinical case for the move. The rooms open in the spring, so no patient is seen in them this quarter.
* {role == "manager"} [Have estates survey the main block for spare rooms # authority estates]
    # budget -1
    # trust.executives -1
    # skill understanding
    ~ w5_rooms_found = true
    You commission a quick survey from estates, charged to medicine. Estates point out that the paper is already written. They find a floor of old seminar rooms next to theatres, empty since the education centre moved.
- Before the board, Janet wants options on one page, by Friday.
{open_okafor && w5_move_asked && not w5_rooms_found:
    Grace has one.
    The old seminar rooms next to theatres. A whole floor, empty since the education centre moved. # speaker okafor neutral
}
* {not colocated} [Propose the opposite: managers into the main block, by the wards]
    # build colocate
    # intervene organisation asked clinicians
    # budget -2
    # skill understanding
    You propose that the divisional managers and finance partners move into {w5_rooms_found or (open_okafor and w5_move_asked):the old seminar rooms|whatever space estates can find} in the main block, one floor from the wards, and that Riverside House still becomes the clinic.
    ~ w5_move_now = true
    It costs more than the business park. Estates sigh. Janet, to everyone's surprise, likes it: the CQC's last well-led report said staff could not find their leaders. Medicine's managers go first, into {w5_rooms_found or (open_okafor and w5_move_asked):the seminar rooms|the first space estates can clear}, from Monday, and the director of finance lets Marcus's team go with them, for a trial; the rest follow if the board agrees.
* {colocated} [Ask Janet to keep every division's managers on site, as medicine's are]
    # intervene organisation asked clinicians
    You put medicine's arrangement in the paper as the option: every division's managers on site, a floor from their wards. It costs more than the business park. Janet puts it to the board as the preferred option, and from Monday surgery's managers try two days a week in a room by their wards.
* {role == "manager"} [Fund a hot-desk room by the medical wards, two days a week # authority estates]
    # intervene department
    # budget -2
    You commission estates to fit out a room with six desks and a kettle next to the medical wards, from medicine's budget, for the division's managers on Tuesdays and Thursdays. It is a compromise, and it is paid for.
* {role == "clinician"} [Give your office by Larch to the managers, two days a week]
    # intervene department
    # trust.clinicians +1
    Your office by Larch becomes medicine's managers' desk on Tuesdays and Thursdays. On those days you write your letters in the doctors' mess, among the toast.
* {role == "clinician"} [Ask fellow consultants to each bring a manager on a round # authority peer]
    # intervene practice
    # trust.leaders +1
    At the consultants' meeting you ask, as one of them rather than as their clinical director, for each to bring a manager on one board round a month, wherever the managers end up sitting. Fourteen say yes. You would bet on about half of them.
* {role == "manager"} [Accept the move, and promise to visit a ward every week]
    # intervene practice
    # trust.executives +1
    # later 3 trust.clinicians -1 why The wards heard you had agreed to the business park, and heard your weekly visit by bus as a goodbye
    You accept the move and make a personal commitment: every week, a ward, in person. You mean it. It depends entirely on the bus.
* {role == "clinician"} [Accept the move, and promise the executives a weekly trip out]
    # intervene practice
    # trust.executives +1
    # later 3 trust.clinicians -1 why The wards heard their clinical director had agreed to the business park, and to a Tuesday there that would cost a ward round
    You accept the move and promise to go to the business park every Tuesday. You mean it. It costs a ward round.
* [Leave it to the board]
    # trust.executives +1
    # later 3 trust.clinicians -2 why The board approved the move, and the wards heard Riverside House was leaving the site
    You leave it to the board. It is their decision. In the spring, a lorry will take the filing cabinets away.
- Later, you take the stairs between the medical wards.
{
- colocated and not w5_move_now:
    A manager you half-know stops you to ask about a patient complaint. It takes two minutes. The same question has sat in your inbox for a week.
- role == "manager":
    You stand on the landing for a moment, in case anyone stops you. Nobody does.
- else:
    Nurses, porters, a physiotherapist with a frame. The nearest manager is across the car park, in Riverside House{w5_move_now:, until Monday}.
}
* [Stop and chat with whoever is on the stairs]
    # trust.clinicians +1
    # skill listening
    A physiotherapist, a pharmacist and an FY1 pass in five minutes. You learn that pharmacy is two technicians short and that the FY1s have a group chat called "Larch survivors".
* [Hurry back to your desk]
    # hours +1
    The stairs are empty by the time you reach your floor.
- -> scene_end
