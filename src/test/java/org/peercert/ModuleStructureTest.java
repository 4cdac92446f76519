package org.peercert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModuleStructureTest {

    private final ApplicationModules modules = ApplicationModules.of(PeerCertApplication.class);

    @Test
    void applicationModulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void moduleDiagramIsWrittenForTheDocs() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        assertThat(Path.of("target/modulith-docs/components.puml")).isNotEmptyFile();
    }
}
