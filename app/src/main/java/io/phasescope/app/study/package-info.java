/**
 * Studies read for display, shared by the app's study view and {@code figure --kind study}: each variant's levels as
 * λc mean ± spread across its seeds, and the hierarchies of the variants side by side.
 */
package io.phasescope.app.study;
