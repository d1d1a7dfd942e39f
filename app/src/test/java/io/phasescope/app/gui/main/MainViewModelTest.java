package io.phasescope.app.gui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.gui.common.Theme;
import io.phasescope.render.ChartTheme;
import org.junit.jupiter.api.Test;

class MainViewModelTest {

    @Test
    void presenterModeHidesTheSettingsAndLeavingItShowsThemAgain() {
        MainViewModel vm = new MainViewModel(() -> {});
        assertThat(vm.settingsShownProperty().get()).isTrue();

        vm.presenterProperty().set(true);
        assertThat(vm.settingsShownProperty().get()).isFalse();
        vm.settingsShownProperty().set(true);
        assertThat(vm.settingsShownProperty().get())
                .as("shown again by hand, in presenter mode")
                .isTrue();
        vm.presenterProperty().set(false);
        assertThat(vm.settingsShownProperty().get()).isTrue();
    }

    @Test
    void presenterModeOverridesTheDarkThemeAndEnlargesChartText() {
        MainViewModel vm = new MainViewModel(() -> {});
        assertThat(vm.themeProperty().get()).isEqualTo(Theme.LIGHT);

        vm.darkThemeProperty().set(true);
        assertThat(vm.themeProperty().get()).isEqualTo(Theme.DARK);
        vm.presenterProperty().set(true);
        assertThat(vm.themeProperty().get()).isEqualTo(Theme.PRESENTER);
        vm.presenterProperty().set(false);
        assertThat(vm.themeProperty().get()).isEqualTo(Theme.DARK);

        assertThat(Theme.PRESENTER.stylesheets()).hasSize(3).last().asString().endsWith("presenter.css");
        assertThat(ChartTheme.PRESENTER.titleFont().getSize())
                .isGreaterThan(ChartTheme.LIGHT.titleFont().getSize());
        assertThat(MainViewModel.SHORTCUTS).contains("F11", "Space", "Ctrl+S", "Ctrl+E");
    }
}
