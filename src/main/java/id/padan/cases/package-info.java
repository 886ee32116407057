/**
 * The cases stage: decides what each complaint is about and turns flags and complaints into cases, each with a
 * stable id, a priority for field work and the numbers of the complaints that concern it.
 */
package id.padan.cases;
