// Week 6, Tuesday in theatres. Barrier: jargon. Level: department.
// A national benchmark says theatre utilisation is low; finance hears "more cases per list", surgeons hear "work faster".

VAR w6_util_walked = false

=== w6_utilisation ===
# title Utilisation
# barrier jargon
# place theatres
# day Tuesday
# week 6
# level department
{here:
    Tuesday, half past seven, the theatre coffee room. A printout has been stuck to the fridge with a magnet shaped like a kidney: a benchmarking chart in which Alderbank's theatres sit, in red, near the bottom.
- else:
    The benchmarking report reaches you by email on Tuesday afternoon, with Janet's one-line covering note: "We need to discuss theatre utilisation." By then theatres have been discussing it since breakfast.
}
The national comparison says Alderbank uses seventy-one per cent of its booked theatre time for operating; the best trusts manage well over eighty. Finance has done the sum: four more cases a week per theatre, and the waiting list shrinks and the income grows.
{role == "clinician":
    You know how this will be heard in the coffee room, because you are hearing it that way yourself.
- else:
    You know the sum is right. You also know that a sum on a fridge is not the same as a sum in a spreadsheet.
}
{role == "clinician":
    You have done a surgical job, long ago, as a house officer. You remember lists that started at eight and lists that started at ten, and that the difference was never the surgeon's hands. It was a bed, a form, a phone call, a porter.
    You also remember that nobody ever measured it, so nobody ever fixed it.
- else:
    The report has a glossy cover and a national logo. Inside, the numbers are by theatre and by session, and none of them say why. The recommendations page says "improve utilisation", which is like telling a patient to improve their blood pressure.
    You know Janet will want a plan by the end of the month, and that the plan will be judged on one number.
}
{here:
    Mr Achterberg takes the printout off the fridge and reads it in silence.
    So we're slow. That's the message. Fourteen years, and the message is "operate faster". # speaker achterberg worried
}
{open_achterberg:
    {pressing:
    - "organisation":
        The lists start late because the hospital's full. No bed upstairs, no patient sent for. That's not a theatres problem; that's Riverside's bed plan. # speaker achterberg worried # clue organisation
    - "department":
        Truthfully? Theatres runs itself like a fiefdom. Start times, who gets which session, how long turnaround takes: we decided it all ourselves years ago and nobody's looked at it since. # speaker achterberg worried # clue department
    - else:
        It's team by team. My team's in at eight. Others drift in at half past. The anaesthetists and surgeons who talk to each other start on time. # speaker achterberg worried # clue practice
    }
- else:
    {here:
        He puts the printout in the bin. We'll see what the management have to say. # speaker achterberg neutral
    }
}
{open_doyle:
    Kev Doyle, passing with a bed: First patient's always late on Tuesdays. Ward doesn't do the checklist till the drugs round's finished. # speaker doyle neutral
}
* {here} [Spend the morning timing a list from the corridor # hours -2]
    # trust.achterberg +2
    # trust.doyle +1
    # skill listening
    ~ w6_util_walked = true
    You time it. The first patient is sent for at 08:05 and arrives at 08:50: the bed upstairs was not ready, the checklist was not done, the porter was on another job. The surgeons were ready at 08:00.
    Turnaround between cases is twenty-six minutes, of which nine are waiting for someone to clean the theatre, because the cleaner covers three.
* [Ask Mr Achterberg what "utilisation" means to him]
    # trust.achterberg +1
    # skill understanding
    # term activity
    It means finance counting the minutes I'm not cutting. I count the patients I've made better. Those are different numbers. # speaker achterberg neutral
* {role == "manager"} [Present the GIRFT benchmark and the income case to the surgeons]
    # jargon
    # trust.achterberg -2
    # trust.executives +1
    You take them through the benchmark, the tariff income and the waiting-list position. It is a good presentation. The surgeons hear every word of it as "work faster".
* {role == "clinician"} [Defend the surgeons to finance: the benchmark ignores case mix]
    # trust.achterberg +2
    # trust.executives -2
    # jargon
    You tell Marcus the benchmark does not adjust for case mix, that the long lists are the complex ones, and that the surgeons are not the bottleneck. You are partly right. It is not a conversation; it is a defence.
- The theatres management meeting is on Thursday.
{w6_util_walked:
    You bring your timings. For once, the meeting has the same facts on both sides of the table.
}
Dr Marsh sends a note: the key is "a small number of surgeons who start late". # clue practice
{open_webb:
    Marcus Webb, to your surprise, says he doesn't want more cases per list. He wants the lists that exist to start. That would do most of it.
}
* [Change how theatres runs: start times, turnaround and who sends for patients, agreed by the department]
    # intervene department
    # trust.achterberg +1
    # skill communication
    You propose the department reviews its own rules, with the surgeons, anaesthetists, nurses and porters in one room, and a date.
    Mr Achterberg says it is "the first sensible thing anyone from outside theatres has said". He does not say it warmly, but he says it.
* [Ask each surgical team to fix its own first start]
    # intervene practice
    # skill understanding
    You ask each team to own its 08:00 start: who rings the ward, who checks the bed. It will work for the teams who already talk to each other.
* [Ask the executive to fix the beds that hold theatres up]
    # intervene organisation
    # trust.executives -1
    You tell Janet that theatres are waiting on beds, and the beds are a whole-hospital problem. She says she knows. She asks what you would like her to stop doing instead.
* [Set a utilisation target for every list, and report it weekly]
    # budget +2
    # trust.achterberg -3
    # later 3 trust.clinicians -2
    # term activity
    The target goes out. Utilisation rises, a little. So do the late-finishing lists, the cancelled day cases and the number of surgeons who no longer come to management meetings.
- By the end of the week the printout is back on the fridge.
{w6_util_walked:
    Someone has written the real first-patient times on it in red biro, and a note: "Ask Kev."
- else:
    Someone has drawn a small surgeon running very fast on it, sweating.
}
* [Thank the theatre team, in person, for the timings]
    # trust.achterberg +1
    # trust.doyle +1
    You go back up on Friday and say thank you. It takes five minutes and is remembered for weeks.
* [Send the theatre team the report by email]
    # trust.executives +1
    The report goes out, well formatted. Nobody replies.
- -> scene_end
