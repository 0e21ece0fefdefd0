// The sample article: written by the quotelens team for this page (fictional town, people and figures).
export const SAMPLE = `Tidal barrier "will save the old town", mayor says: Nadia Okafor reports

Published 14 March 2025, 09:30 GMT · Updated 11:05 GMT

Share
Copy link

Photo: Engineers inspect the cracked sea wall at Kelder Point on Monday morning. (Nadia Okafor)

The council of Marrow Bay voted 31 to 9 on Thursday night to build a £480 million tidal barrier across the mouth of the estuary, ending a debate that has split the town for almost seven years.

"This is the most important decision this chamber has taken in a generation," said Mayor Elena Vasquez after the vote. "If we do nothing, the old town floods every winter until there is no old town left."

Vasquez, 52, said the barrier would protect about 3,400 homes and 260 businesses. She added that construction should begin in the spring of 2026 and take 30 months.

Opponents were not persuaded. Tomas Reid, who chairs the Estuary Fishers' Association, told reporters that the structure would cut the tidal flow by up to 40% and "finish off what is left of the fishing fleet".

"They are spending half a billion pounds to save the harbour and killing the harbour in the process," he said. "My grandfather fished here. My father fished here. I would like my daughter to have the same choice."

The council's chief engineer, Dr Priya Raman, said the gates would close only when a surge higher than 4.2 metres was forecast, which she estimated would happen between 8 and 12 times a year.

"For 350 days a year the water moves as it always has," Raman said. "People imagine a wall. It is a door, and it is open almost all the time."

According to the Marrow Bay Chronicle, the cost has risen by 18% since the first estimate in 2019, when the scheme was priced at £405 million.

A spokesperson for the national Environment Agency, quoted by the Coastal Gazette, said the agency would contribute £120m "subject to a final review of the fish passes" and expected to announce its decision by 30 June.

Residents who packed the public gallery were divided. Margaret Ellison, 74, who has lived on Quay Street since 1968, said her ground floor had flooded three times in the past decade.

"The third time, the water reached the second step of the stairs," she said. "I am too old to do that again."

Her neighbour, a 41-year-old carpenter named Idris Cole, said he was "not against the barrier, just against the bill". He argued that council tax would rise by roughly £95 a year for each household.

The mayor rejected that figure. "Nobody's bill is going up by ninety-five pounds," Vasquez said at 10:45 p.m., as the meeting closed. "The increase is less than £2 a month, and it ends after 25 years."

The first public consultation on the gate designs will open on 2 April and run for six weeks. Drawings will be displayed at the library on Harbour Road from 9 a.m. to 5 p.m. on weekdays.

Read more: How other estuary towns paid for their flood defences
Copy link
`;
