// An example of a scene of your own, to copy and change. It uses the game's people (Grace Okafor is
// Larch Ward's sister) and its tags ("The tags, in short", on the page, lists them).
// Lines starting // are notes to the writer: players never see them.

=== local_discharge ===
# title Out by eleven
# barrier location
# place ward
# day Thursday
{here:
    Thursday, half past ten, Larch Ward. Four patients were fit to go home on the morning round. All four are still in their beds, dressed, with their bags packed.
- else:
    Larch Ward's discharges reach you as a number on a spreadsheet: four expected home before noon, none gone by half past ten.
}
Since the spring the discharge lounge has been in Riverside House, two buildings from the wards.
// A line only one role sees: each role knows the morning from where it sits.
{role == "clinician":
    The four were seen on the morning consultant round; all were fit by ten. Three are waiting for their TTOs from pharmacy. The fourth is waiting for a TTO nobody has written: there is one foundation doctor on Larch today, and TTOs are one job among forty on her list.
- else:
    At the ten o'clock bed meeting in the site office, the site team asked you, again, why medicine has four patients waiting on trolleys in ED and four beds on Larch that should be empty.
}
// The clue: what Grace says depends on the quarter's hidden level, and points at it.
{pressing:
- "organisation": The lounge won't take anyone over there till their TTOs are done, and pharmacy does the wards in the order the site team sets. # speaker okafor worried # clue organisation
- "department": Medicine does its TTOs after the round, at lunchtime, on every ward. Surgery does theirs the day before. # speaker okafor worried # clue department
- else: It depends whose patients they are. One consultant's have their TTOs done the day before; the others wait for the round. # speaker okafor worried # clue practice
}
+ {here} [Walk the ward with Grace # hours -1]
    # trust.okafor +2
    # skill listening
    Grace takes you bed by bed. In bay two, Mr Hale has rung his daughter three times to say he is nearly ready. She has taken the afternoon off work to be at his house when transport brings him.
+ [Ring pharmacy to ask where the TTOs are]
    The dispensary has Larch's three in a queue behind twelve from the acute medical unit. They will be up by one.
+ {role == "clinician"} [Write the missing TTO yourself # hours -1]
    # trust.clinicians +1
    # care +1
    You walk over to Larch and write it at the nurses' station. The foundation doctor, passing with a list of bloods, says thank you twice.
+ {role == "manager"} [Send the ward the site team's list of delayed discharges]
    # trust.clinicians -1
    # trust.executives +1
    The list arrives in the ward's inbox with the four names in red. Grace prints it and pins it, without a word, beside the off-duty, where tonight's two gaps are already marked.
- By four o'clock three of the four have gone. Mr Hale, whose TTO was written last, waits until tomorrow.
// The changes: each aimed at a level (intervene). The one that matches the hidden level pays off two scenes later.
+ {role == "clinician"} [Set medicine's standard: TTOs written the day before an expected discharge # authority standards]
    # intervene department
    # trust.leaders -1
    # trust.clinicians -1
    You write it into medicine's ward round standard: an expected date of discharge for every patient, and the TTO written by three the day before. Two consultants say they cannot name tomorrow's discharges before their clinics end; the foundation doctors say it is one more job on afternoons that already run late.
+ {role == "manager"} [Pay pharmacy for a technician on Larch and Rowan, mornings, this quarter # authority post]
    # intervene department
    # budget -2
    # trust.clinicians +1
    The chief pharmacist agrees if medicine pays, and finds cover by the second week: a technician on Larch and Rowan from eight, checking each expected discharge's own medicines and ordering what is missing before the TTO is written.
+ [{role == "clinician":Agree|Back} criteria-led discharge on Larch with its consultants and Grace]
    # intervene practice
    # skill understanding
    # trust.okafor +1
    # later 2 care +1 why Patients on Larch went home when the round's criteria were met, without waiting for a doctor to come back
    Each consultant sets the criteria on the round, and the TTO is written with them. When the criteria are met, one of Grace's nurses, trained and signed off for it, discharges the patient.
+ [Ask Janet Cole, the COO, to open the lounge to patients awaiting TTOs]
    # intervene organisation
    Janet takes it to the site meeting. From next week the lounge takes patients whose TTOs are still being made up, and pharmacy sends the medicines over to it.
// A last decision, with no change to aim: what the morning after asks of you.
- On Friday at nine, Mr Hale is still in bay two. His daughter rings the ward: she took yesterday afternoon off work for nothing, and wants to know who decided that.
{role == "clinician":
    The transport crew came at two and could not wait. His TTO reached the ward at half past five, after the last transport had gone. Pharmacy's queue and the transport bookings sit on two different systems, and neither can see the other.
- else:
    At the eight o'clock bed meeting his bed was already down as a discharge before ten. Transport is rebooked for eleven.
}
+ [Ring the daughter yourself # hours -1]
    # care +1
    # trust.okafor +1
    # skill listening
    She is less angry than tired. You tell her what happened, in order, and that you are sorry. She says she will be there at eleven.
+ [Ask Grace to ring her back]
    # trust.okafor -1
    Grace rings between two drug rounds and apologises for a delay she could not see coming.
+ {role == "manager"} [Book Mr Hale a taxi home on the division's account]
    # care +1
    Mr Hale can walk to a car. He is home by ten, and his daughter meets him at his door; the bed meeting has its bed an hour early.
- -> scene_end
