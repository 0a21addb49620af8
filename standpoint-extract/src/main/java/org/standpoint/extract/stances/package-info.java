/** Stances: who supports or opposes which policy towards whom, read off the dependency graph. */
package org.standpoint.extract.stances;
