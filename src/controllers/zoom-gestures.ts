// d3-zoom and d3-selection, as published: the track's wheel, drag, pinch and double-click. A chunk
// beside the main file, fetched as soon as the element's code runs; the track binds it on arrival.
export { zoom, zoomIdentity } from 'd3-zoom';
export { pointer, select } from 'd3-selection';
