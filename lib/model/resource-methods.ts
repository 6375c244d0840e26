/** One resource of a REST API with the authorization type of each of its methods. */
export interface ResourceMethods {
  path: string;
  /** HTTP method (or `ANY`) → authorization type. */
  methods: Record<string, string>;
}
