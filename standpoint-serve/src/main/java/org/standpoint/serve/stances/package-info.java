/** Stances: lists, timelines per holder and policy, and the actors-by-policies matrix on a date. */
package org.standpoint.serve.stances;
