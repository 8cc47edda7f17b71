import { docxFrom, type DocxPart } from './docx.js';
import { barChartPng } from './png.js';

/** The .docx fixture's article, written for the project: how rain gardens handle storm water. */
const PARTS: DocxPart[] = [
  { style: 'Title', text: 'Rain gardens: letting storm water soak in' },
  { style: 'Normal', text: 'By the deckwright project' },
  { style: 'Normal', text: 'When rain falls on a roof or a road, it cannot sink into the ground. It runs into gutters and drains, picks up oil and dust on the way, and reaches rivers in a sudden rush. A rain garden is a shallow planted hollow that catches this water and lets it soak in slowly. It is one of the cheapest ways a town can reduce flooding and clean its streams.' },
  { style: 'Heading1', text: 'How a rain garden works' },
  { style: 'Normal', text: 'A rain garden sits a little lower than the ground around it, so water flows in from a downpipe or a kerb opening. The soil is loosened and mixed with sand and compost so that it drains within a day. Plants with deep roots keep the soil open and take up much of the water.' },
  {
    list: 'bullet',
    items: [
      { text: 'The hollow holds the first rush of a storm.' },
      { text: 'The soil filters out sediment and much of the oil.' },
      { text: 'Roots and microbes break down some pollutants.' },
      { text: 'Grasses and sedges suit the wet centre.', level: 1 },
      { text: 'Shrubs suit the drier rim.', level: 1 },
    ],
  },
  { image: barChartPng(320, 180, [0.9, 0.55, 0.3]), alt: 'Bar chart: a roof sends most of its rain to the drain, a rain garden keeps most of it', widthPx: 320, heightPx: 180 },
  { style: 'Heading1', text: 'Building one' },
  { style: 'Normal', text: 'The first step is to watch where water goes during heavy rain. A good site is at least a few metres from any building, so that water does not reach the foundations. The garden should be large enough to hold the run-off from the surface that drains into it, which is often a fifth of that surface.' },
  {
    list: 'number',
    items: [
      { text: 'Test how fast the soil drains by filling a hole with water.' },
      { text: 'Dig the hollow and loosen the soil beneath it.' },
      { text: 'Plant densely, with the wettest plants in the centre.' },
      { text: 'Cover the soil with mulch to keep weeds down.' },
    ],
  },
  { style: 'Quote', text: 'The best rain garden is the one that is empty a day after the storm.' },
  { style: 'Normal', text: '— A saying among landscape designers' },
  { style: 'Heading1', text: 'What they achieve' },
  { style: 'Normal', text: 'A single garden makes little difference, but a street of them changes how a neighbourhood drains. Towns that have planted hundreds of rain gardens report fewer overflows from their sewers during storms. The gardens also cool the street in summer and give insects a place to feed.' },
  {
    table: [
      ['Surface', 'Share of rain that runs off'],
      ['Roof or road', 'Nearly all'],
      ['Lawn', 'About a third'],
      ['Rain garden', 'Very little'],
    ],
  },
  { style: 'Normal', text: 'They need care, too. Sediment builds up at the inlet and must be cleared, and plants need watering in their first dry summer. Once established, a rain garden asks for less work than a lawn.' },
];

export function rainGardensDocx(): Promise<Uint8Array> {
  return docxFrom(PARTS, 'Rain gardens');
}
