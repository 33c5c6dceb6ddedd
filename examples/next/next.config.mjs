/** A static export: the page is served as files, as many newsrooms host it. */
export default {
  output: 'export',
};
