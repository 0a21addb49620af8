/** Actors and one actor's page: events done and suffered, quotes, stance timelines. */
package org.standpoint.serve.actors;
