// Week 6, Thursday, the emergency department and the surgical block. Barrier: location. Level: department.
// Medicine is full; its patients are outliers on surgical wards across the site, reviewed last, by phone.

VAR w6_outliers_walked = false

=== w6_outliers ===
# title Outliers
# barrier location
# place ed
# day Thursday
# week 6
# level department
{here:
    Thursday, ten in the morning, the emergency department. Eleven patients are waiting for a medical bed. Three have been in the department more than twelve hours, on trolleys, under the clock that counts them.
- else:
    You hear about Thursday in ED from the afternoon SitRep: eleven waiting for medical beds, three twelve-hour trolley waits, "outlier capacity fully utilised". # term capacity
}
Medicine has no beds left. So medical patients go where there are beds: to the surgical wards in the other block, four floors up and two corridors over. They become outliers.
{role == "clinician":
    You know what being an outlier means from the medical side. Your team sees its own ward first, then the outliers, last, whoever is left, sometimes by phone.
- else:
    On the bed-management screen, an outlier is a patient in a bed. The screen does not show that the bed is a ten-minute walk from the team that treats them.
}
{here:
    Priya Nair is at the board, moving magnets.
    I can get them out of ED. I can't get them looked after once they've gone. The surgical nurses ring medicine and get a reg who's never met the patient. # speaker nair worried
}
{open_nair:
    {pressing:
    - "organisation":
        It's the whole hospital's bed model. Beds get allocated by the site team in Riverside to hit the numbers; nobody decides whether a patient is safer in ED or on the wrong ward. # speaker nair worried # clue organisation
    - "department":
        Medicine doesn't own its outliers. It's a divisional thing: no named team, no ward round, no one walking over. Surgery would never let its patients go unseen like that. # speaker nair worried # clue department
    - else:
        It depends entirely on which medic's on. Some walk over and see them. Some do it by phone from the mess. Same rota, very different care. # speaker nair worried # clue practice
    }
- else:
    {here:
        Priya shrugs. It is what it is. # speaker nair neutral
    }
}
* {here} [Walk an outlier's route: from ED to the surgical ward and back to the medical team # hours -2]
    # trust.nair +1
    # trust.achterberg +1
    # skill listening
    ~ w6_outliers_walked = true
    You follow Mrs Bell, eighty-one, from a trolley in majors to a bed on Rowan, the surgical ward. The walk takes twelve minutes. The medical team's ward is twenty minutes away in the other direction.
    On Rowan the nurse in charge shows you her list. Five medical outliers. One medical review yesterday, by phone. She has written the times of her calls in the margin.
* [Look at the outlier numbers on the bed-management system]
    # trust.executives +1
    Forty-one outliers this quarter. Average extra length of stay: a day and a half. It is all there, in a table, and none of it tells you who was seen and who wasn't.
* {role == "manager"} [Tell ED the plan is to maximise capacity on the surgical wards]
    # jargon
    # trust.nair -2
    # term capacity
    You tell Priya the plan is to "maximise surgical capacity for medical flow". She repeats it back to you, slowly, in a way that makes it sound exactly as it is.
* {role == "clinician"} [Ring the surgical wards yourself and ask which outliers worry them]
    # trust.achterberg +2
    # care +1
    You ring Rowan, Hazel and Elm. The nurses are astonished to get a medical consultant on the phone who is asking rather than being asked. Two names come up twice.
- The medicine division meets at one, in a room in the medical block. Outliers are item four.
{open_achterberg:
    Mr Achterberg has asked to attend for item four, which is unheard of.
    My nurses are looking after your patients with no one from medicine in the building after six. That's not a complaint. It's a fact, and it's going to hurt someone. # speaker achterberg worried
- else:
    Surgery sends a written note, which is read out and minuted and not discussed.
}
{open_okafor:
    Grace Okafor, who has three patients of her own on surgical wards, says the outliers are "everyone's and nobody's". Nobody disagrees.
}
Dr Marsh joins by phone. The issue, in her view, is "individual consultants taking responsibility for their patients wherever they are". # speaker marsh neutral # clue practice
* [Give medicine's outliers a named team and a daily round across the site]
    # intervene department
    # trust.leaders +1
    # hours -1
    # skill understanding
    You propose that one medical team each week owns every outlier, with a morning round across the surgical wards and a list shared with the nurses there. The consultants argue about which team goes first. They agree to try.
* [Ask each consultant to see their own outliers in person, every day]
    # intervene practice
    # trust.leaders -1
    # skill communication
    You ask the consultants, one by one, to walk over. Some will. Some will phone. The nurses on Rowan will know which is which by Tuesday.
* [Ask the site team to stop outlying medical patients to the far block]
    # intervene organisation
    # trust.executives -1
    You write to the site team and Janet: no medical outliers in the surgical block after six unless a consultant agrees. Janet replies that the alternative is more trolley waits in ED.
* {not walkrounds} [Start weekly walk-rounds: you, a nurse and a doctor, across both blocks]
    # build walkrounds
    # trust.clinicians +2
    # hours -1
    # skill listening
    Every Thursday, an hour, both blocks: you, a ward sister and a registrar. It is not a meeting and there are no minutes. Grace asks whether she can come. Priya says she will, when ED lets her.
- The week ends with eleven medical patients still on surgical wards.
{w6_outliers_walked:
    On Friday the nurse on Rowan rings you, by name, about Mrs Bell, who is going home. She says thank you for coming over. It was the first time, she says, that anyone had.
- else:
    On Friday a Datix comes through from Rowan: a medical outlier waited nineteen hours for a review. It is the third this month.
}
* [Ring the nurse on Rowan back and ask what else would help]
    # trust.achterberg +1
    # trust.clinicians +1
    # skill listening
    She says: a phone number that someone answers. You give her yours, and then, on reflection, the bleep of the registrar who owns the outliers this week.
* [Forward it to the division's governance lead]
    # trust.leaders +1
    # later 2 care -1
    It goes into the governance queue, where it will be reviewed, thoroughly, in about six weeks.
* [Note it for the monthly report]
    # trust.executives +1
    # later 2 trust.clinicians -1
    It goes in the report as one of forty-one.
- -> scene_end
