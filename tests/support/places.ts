/** A places.yaml of two entries: one placed exactly, with its source, and one approximate, with its note. */
export const PLACES = `
- id: aktau
  name: Aktau
  lat: 43.65
  lon: 51.15
  approximate: false
  sources: [mirror-wikipedia-aktau]
- id: astana
  name: Astana
  lat: 51.17
  lon: 71.43
  approximate: true
  sources: []
  note: "Well-known approximate position."
`;
