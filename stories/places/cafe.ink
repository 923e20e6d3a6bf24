// Map encounter: the staff café (informal: where people talk when nobody is taking minutes).

=== enc_cafe ===
# title Staff café
# barrier location
# place cafe
# day Wednesday
{
- week <= 3:
    The staff café at half past twelve: a queue for the soup, a radiator that has been broken since 2019, and a corner table where the porters sit and know everything.
- week <= 5:
    The staff café, quiet at three. Two nurses share a flapjack on a break they are not really taking, their phones face up on the table.
- else:
    The staff café in winter. The Christmas tree is up, half-decorated, because the person doing it was called back to the ward.
}
{kitchen:
    Since the shared kitchen opened upstairs, the café is not the only place people meet. But it is still where the porters are.
}
Kev Doyle waves you over to the corner table, which is an honour. # speaker doyle pleased
{open_doyle:
    Kev has news from every building on the site: who's off sick, which list is at risk, which manager cried in the lift.
    {pressing:
    - "organisation":
        It all comes down from Riverside. Ask anyone. Emails at seven in the morning changing everything. Nobody over there's ever pushed a bed. # speaker doyle neutral # clue organisation
    - "department":
        Medicine's the unhappy one. Surgery moan, but they moan together. Medicine moan on their own, in corners. # speaker doyle neutral # clue department
    - else:
        It's who you get. Some of the sisters, some of the docs, they'll talk to you like a person. Some won't look at you. Same job, same hospital. # speaker doyle neutral # clue practice
    }
- else:
    Kev talks about the football. He is friendly, and careful, and you realise after ten minutes that he has told you nothing at all. # speaker doyle neutral
}
{week >= 4:
    {role == "clinician":
        A junior doctor at the next table is telling her friend about a consultant who "actually asked what I thought". It takes you a moment to realise she means someone else, and another to mind.
    - else:
        Two nurses at the next table are talking about a manager who "actually came to the ward". It takes you a moment to work out whether they mean you.
    }
}
{open_bello:
    Ade Bello, on his way in for nights, sits down for five minutes.
    Nobody tells nights anything. You want to know what's going on, ask a night HCA. We see it all. # speaker bello neutral
}
+ [Buy the table a round of teas and listen]
    # trust.doyle +2
    # trust.bello +1
    # skill listening
    Four teas, one hot chocolate for Kev. You learn more in twenty minutes than in a week of meetings, including why the lift in the main block stops at every floor.
+ [Ask Kev who people really listen to around here]
    # trust.doyle +1
    # skill understanding
    He names four people. Only one of them has a title.
+ [Talk about the week's targets with whoever's at the table]
    # jargon
    # trust.clinicians -2
    You mention flow, occupancy and the four-hour numbers. The table goes quiet and then, one by one, people remember they have somewhere to be. # term flow
- {role == "manager" && not colocated:
    Walking back to Riverside House you notice how long it takes. Nobody from your floor comes here.
}
+ {not kitchen} [Propose a shared staff kitchen where managers and clinicians will actually meet]
    # build kitchen
    # budget -2
    # skill understanding
    You find a room: the old records store on the second floor, between the wards and the offices. A kettle, a fridge, two tables. Estates say three weeks.
+ {arc_mapping == 0} [Start mapping the informal leaders, starting with this table]
    # arc mapping
    # trust.doyle +1
    You ask Kev to help you map who people actually go to. He is thrilled. He has been waiting years for someone to ask.
+ [Ask the café table what one change would help most, and make it]
    # intervene practice
    # trust.clinicians +1
    They want the night staff told about changes before they happen. You promise a one-page note for nights, every Monday.
+ [Ask medicine to hold its monthly meeting in here, open to anyone]
    # intervene department
    # trust.leaders +1
    The division's meeting moves to the café's back room, doors open. The first one is awkward. The second has nine more people at it.
+ [Head back to the office]
    # hours +1
    You head back. The soup was very good.
- -> scene_end
