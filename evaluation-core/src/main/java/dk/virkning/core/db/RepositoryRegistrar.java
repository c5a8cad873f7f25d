package dk.virkning.core.db;

import org.jdbi.v3.spring.JdbiRepository;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Registers every {@code @JdbiRepository} interface under {@code dk.virkning} as a bean made by
 * {@link TransactionBoundRepositories#repository(Class)}.
 */
class RepositoryRegistrar implements ImportBeanDefinitionRegistrar {

    static final String BINDINGS_BEAN = "transactionBoundRepositories";

    @Override
    public void registerBeanDefinitions(AnnotationMetadata importing, BeanDefinitionRegistry registry) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isInterface();
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(JdbiRepository.class));
        for (BeanDefinition found : scanner.findCandidateComponents("dk.virkning")) {
            Class<?> type = ClassUtils.resolveClassName(found.getBeanClassName(), getClass().getClassLoader());
            RootBeanDefinition definition = new RootBeanDefinition();
            definition.setFactoryBeanName(BINDINGS_BEAN);
            definition.setFactoryMethodName("repository");
            definition.getConstructorArgumentValues().addIndexedArgumentValue(0, type);
            definition.setTargetType(type);
            registry.registerBeanDefinition(type.getName(), definition);
        }
    }
}
