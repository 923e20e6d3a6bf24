// Week 6, Thursday, the emergency department and the surgical block. Barrier: location. Level: department.
// Medicine is full; its patients are outliers on surgical wards across the site, reviewed last, by phone.
// Medical cover on the surgical wards stops "after eight" in the evening (as in week7/assurance.ink).
// Dr Priya Nair is the medical registrar on the take: she gets patients out of ED and, out of hours, reviews the outliers.
// Sets w6_outliers_walked (walked an outlier's route in person), w6_outlier_team (a named outlier team) and w6_outlier_post (a Band 6 outlier coordinator, seconded while the vacancy panel decides). Reads w6_util_beds (the GM opened escalation beds on Tuesday).

VAR w6_outliers_walked = false
VAR w6_outlier_team = false  // the division agreed a named outlier team each week (w7_assurance reads it)
VAR w6_outlier_4h = false   // the CD made new outliers' review within four hours medicine's standard (w7_assurance reads it)
VAR w6_outlier_post = false   // the GM took Larch's Band 5 vacancy to the panel as a Band 6 outlier coordinator, seconded meanwhile (w7_assurance reads it)

=== w6_outliers ===
# title Outliers
# barrier location
# place ed
# day Thursday
# week 6
# level department
{here:
    Thursday, ten in the morning, the emergency department. Eleven patients are waiting for a medical bed. Three have waited more than twelve hours, on trolleys.
- else:
    You hear about Thursday in ED from the afternoon SitRep: eleven waiting for medical beds, three twelve-hour waits, "outlier capacity fully utilised". # term capacity
}
{w6_util_beds:
    The six escalation beds you opened on Tuesday took six outliers home from surgery. By Wednesday night, surgery had six more.
}
Medicine has no beds left, so its patients go where there are beds: surgical wards, four floors up and two corridors over. They become outliers.
{role == "clinician":
    You know what that means from the medical side. A team sees its own ward first and the outliers last, whoever is left, sometimes by phone. # aside
- else:
    On the bed-management screen an outlier is a patient in a bed. It does not show the twenty-minute walk to the team that treats them. # aside
}
{role == "clinician" && (w2_outlier_standard or enc_theatres_standard):
    Your ten o'clock standard still holds on weekdays. It says nothing about a patient who reaches Rowan at four in the afternoon, or about nights.
}
{here:
    Priya Nair, the medical registrar on the take, is at the ED board with a list of eleven names.
    I can get them out of ED. Then {w2_rota_started:after eight the surgical wards ring the foundation doctor with the wards' bleep, who rings me|after eight at night I'm the one the surgical wards ring about them}, and I've never met half of them. # speaker nair worried
    Two on Rowan went up before post-take, with no ReSPECT form. If either goes off tonight, I'm deciding on ICU and CPR for a stranger. # speaker nair worried
}
{open_nair:
    {pressing:
    - "organisation":
        It's the whole hospital's bed model. The site team in Riverside places patients to hit the numbers; nobody asks whether a patient's safer in ED or on the wrong ward. # speaker nair worried # clue organisation
    - "department":
        Medicine doesn't own its outliers. No named team, no ward round, nobody walking over. Surgery would never let its patients go unseen like that. # speaker nair worried # clue department
    - else:
        It depends entirely on which medic's on. Some walk over and see them. Some do it by phone from the mess. Same rota, very different care. # speaker nair worried # clue practice
    }
- else:
    {here:
        Priya shrugs.
        It is what it is. # speaker nair neutral
    }
}
* {here} [Walk an outlier's route: ED, the surgical ward, the medical team # hours -2]
    # trust.nair +1
    # trust.achterberg +1
    # skill listening
    ~ w6_outliers_walked = true
    You follow Mrs Bell, eighty-one, from a trolley in majors to a bed on Rowan, a surgical ward. Twelve minutes. Her medical team's ward is twenty minutes the other way.
    The nurse in charge on Rowan shows you her list: {role == "clinician" && (w2_outlier_standard or enc_theatres_standard):five medical outliers: three seen by ten yesterday and not since, two who came up after lunch and were seen by nobody|five medical outliers, one medical review yesterday, by phone}. She has written the times of her calls in the margin. She says she will tell Mr Achterberg someone from medicine came over.
* [Look at the outlier numbers on the bed-management system]
    # trust.executives +1
    Three hundred and ten outlier stays this quarter, on average a day and a half longer than on a medical ward. None of it says who was seen and who wasn't. The site team see you logged in, and say so at the bed meeting.
* {role == "manager"} [Tell Priya the plan is to maximise surgical capacity]
    # jargon
    # trust.nair -1
    You tell Priya the plan is to "maximise surgical capacity for medical flow". She repeats it back, slowly, and it sounds exactly as it is.
* {role == "clinician"} [Ring the surgical wards yourself and ask which outliers worry them]
    # trust.clinicians +1
    # trust.achterberg +1
    # care +1
    You ring Rowan, Hazel and Ash. The nurses are astonished to get a medical consultant who is asking rather than being asked. Two names come up twice. By the afternoon Mr Achterberg knows a medical consultant rang his wards.
- The medicine division meets at one in the main block. Outliers are item four. Bernie Quinn, head of nursing, has brought the surgical sisters' emails, printed. Under them, the consultants' note from last winter: use our outlier criteria. # request leaders
{open_achterberg:
    Mr Achterberg has asked to attend for item four, which is unheard of.
    My nurses are looking after your patients with no medical doctor in the building after eight at night. That's not a complaint. It's a fact, and it's going to hurt someone. # speaker achterberg worried
- else:
    Surgery sends a written note, which is read out, minuted and not discussed.
}
{open_okafor:
    Grace Okafor, who has three of her own patients on surgical wards, calls the outliers "everyone's and nobody's". Nobody disagrees.
}
Dr Marsh joins by phone.
I've seen outlier teams come and go. What lasts is each consultant treating a patient on Rowan as they would one on Larch. # speaker marsh neutral # clue practice
* [Propose a named outlier team each week, with a daily round]
    # intervene department
    # trust.leaders +1
    # hours -1
    # skill understanding
    ~ w6_outlier_team = true
    One medical team each week owns every outlier: a morning round across the surgical wards and a list shared with the nurses there. The consultants argue about who goes first. They agree to try.
* [Ask each consultant to see their own outliers in person, daily]
    # intervene practice
    # trust.leaders -1
    # skill communication
    You ask the consultants, one by one, to walk over. Some will. Some will phone. The nurses on Rowan will know which is which by Tuesday.
* [Ask Janet and the site team to stop outlying to the surgical block]
    # intervene organisation
    # trust.executives -1
    You write to Janet: no medical patient moves to the surgical block after ten at night unless a consultant agrees. She agrees to try it from Monday, counting what it costs ED.
* {not walkrounds} [Start weekly walk-rounds: you, a nurse and a doctor, both blocks]
    # build walkrounds
    # trust.clinicians +2
    # hours -1
    # skill listening
    Every Thursday, an hour, both blocks: you, a ward sister and a registrar. No minutes. The first is this afternoon. Grace asks whether she can come. Priya says she will, when the take lets her.
- The week ends with eleven medical patients on surgical wards.
{w6_outliers_walked:
    On Friday the nurse on Rowan rings you, by name, about Mrs Bell, who is going home. She thanks you for coming over. Nobody had before, she says.
- else:
    On Friday a Datix comes through from Rowan: a medical outlier waited nineteen hours for a review. It is the third this month.
}
* {role == "clinician"} [{w2_outlier_standard or enc_theatres_standard:Extend your standard: new outliers seen by a medic within four hours|Standard: every new outlier seen by a medic within four hours} # authority standards]
    # intervene department
    # care +3
    # trust.achterberg +1
    # later 2 trust.nair -1 why At night the four-hour outlier reviews fell to Priya, on top of the take
    ~ w6_outlier_4h = true
    You write it into medicine's standards, and the surgical sisters log the times for you. It holds by day. At night it lands on {w2_rota_started:the wards' foundation doctor till midnight, who rings Priya in ED about every one|Priya's bleep, on top of the take}.
* {role == "clinician"} [Cover: a consultant holds the outlier bleep till ten, weeknights # authority cover]
    # care +2
    # budget -1
    # trust.nair +2
    # trust.leaders -1
    # wellbeing -2
    You take Monday yourself and talk four colleagues into the other nights, as extra sessions the general manager funds until the rota changes. Priya gets her evenings back for the take. Your next clinic starts tired.
* {role == "manager"} [Get the site team to use the consultants' outlier criteria # authority process]
    # intervene department asked leaders
    # care +2
    # trust.achterberg +1
    # later 2 trust.executives -1 why ED held patients waiting for a medic's note, and its waits grew
    The consultants wrote the criteria; you get them into the bed meeting's checklist, and the site team agree to use them for medicine's patients from Monday. Nobody goes to a surgical ward without a medic's note that they are stable enough to be far from their team. ED holds the rest a little longer, and its waits show it.
* {role == "manager" && larch_posts > 0} [Take one of Larch's Band 5 vacancies to the vacancy panel as an outlier coordinator # authority post]
    # intervene department
    # budget -2
    # later 1 care +2 why From Monday a seconded Larch nurse held medicine's outlier list, and chased each outlier's review
    # later 2 care -1 why Larch ran a nurse short on the shifts the bank could not fill behind the secondment
    # trust.okafor -1
    ~ w6_outlier_post = true
    ~ larch_posts--
    A Band 6 whose whole job is the outliers: the list, the calls, the chasing, once the job description has been through banding. Bernie agrees to take it to the vacancy panel with you once the chief nurse has signed its impact assessment, and meanwhile to second one of Larch's own Band 5s into it from Monday, on her own band. Larch loses a working nurse on top of its empty posts. Bernie backfills the secondment from the bank, on medicine's budget, when the bank has anyone.
* {w6_outliers_walked} [Ask her what the other four outliers need]
    # trust.achterberg +1
    # trust.clinicians +1
    # skill listening
    Someone who knows them, she says, and a name to ring after eight at night. She reads you the four names, and will tell Mr Achterberg you asked.
* {w6_outliers_walked} [Thank her and get on with the day]
    She rings off. Four of her five outliers are still there.
* {not w6_outliers_walked} [Ring the nurse on Rowan back and ask what would help]
    # trust.achterberg +1
    # trust.clinicians +1
    # skill listening
    A phone number that someone answers, she says, and she will tell Mr Achterberg you rang. You give her yours, and then, on reflection, {w6_outlier_team:the number of this week's outlier team|{w2_rota_started:the wards' bleep, which a foundation doctor holds till midnight|the medical registrar's bleep, which after eight at night is the only one there is}}.
* {not w6_outliers_walked} [Forward it to the division's governance lead]
    # trust.leaders +1
    # later 2 care -1 why The Rowan Datix sat in the governance queue, and outliers there still waited for review
    It goes into the governance queue, where it will be reviewed, thoroughly, in about six weeks.
- -> scene_end
