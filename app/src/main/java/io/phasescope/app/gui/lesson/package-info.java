/**
 * The classroom lesson: seven guided steps from training a network to the exact toy model, each of which
 * opens the view it talks about and says in two or three plain sentences what to look at.
 */
package io.phasescope.app.gui.lesson;
