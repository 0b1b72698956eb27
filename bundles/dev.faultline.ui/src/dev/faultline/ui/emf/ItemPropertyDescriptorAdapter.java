package dev.faultline.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * An EMF item property descriptor as a Properties-view descriptor, with the cell editor its type
 * calls for: a combo for enumerations, booleans and single references (the item provider's choice
 * of values), a text field checked by the data type's own conversion for other attributes. Many-valued
 * features are shown read-only.
 */
public class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor descriptor;

    public ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor) {
        this.object = object;
        this.descriptor = descriptor;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!descriptor.canSetProperty(object) || descriptor.isMany(object)) {
            return null;
        }
        Object feature = descriptor.getFeature(object);
        Collection<?> choices = descriptor.getChoiceOfValues(object);
        if (choices != null) {
            return new ChoiceCellEditor(parent, new ArrayList<>(choices), labels());
        }
        if (feature instanceof EAttribute attribute) {
            EDataType type = attribute.getEAttributeType();
            if (type instanceof EEnum eEnum) {
                List<Object> literals = new ArrayList<>();
                eEnum.getELiterals().forEach(l -> literals.add(l.getInstance()));
                return new ChoiceCellEditor(parent, literals, labels());
            }
            Class<?> instanceClass = type.getInstanceClass();
            if (instanceClass == boolean.class || instanceClass == Boolean.class) {
                return new ChoiceCellEditor(parent, List.of(Boolean.TRUE, Boolean.FALSE), labels());
            }
            return new DataTypeCellEditor(parent, attribute);
        }
        return null;
    }

    private ILabelProvider labels() {
        return getLabelProvider();
    }

    @Override
    public String getCategory() {
        return descriptor.getCategory(object);
    }

    @Override
    public String getDescription() {
        return descriptor.getDescription(object);
    }

    @Override
    public String getDisplayName() {
        return descriptor.getDisplayName(object);
    }

    @Override
    public String[] getFilterFlags() {
        return descriptor.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return descriptor.getHelpContextIds(object);
    }

    @Override
    public Object getId() {
        return descriptor.getId(object);
    }

    @Override
    public ILabelProvider getLabelProvider() {
        IItemLabelProvider itemLabels = descriptor.getLabelProvider(object);
        return new LabelProvider() {
            @Override
            public String getText(Object value) {
                return itemLabels.getText(unwrap(value));
            }
        };
    }

    /** The raw value behind an item provider's property value wrapper. */
    static Object unwrap(Object value) {
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(value) : value;
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return other instanceof ItemPropertyDescriptorAdapter adapter
                && descriptor.getFeature(object) == adapter.descriptor.getFeature(adapter.object);
    }

    /** A read-only combo over a fixed list of values, shown with the item providers' labels. */
    static final class ChoiceCellEditor extends ComboBoxCellEditor {
        private final List<?> values;

        ChoiceCellEditor(Composite parent, List<?> values, ILabelProvider labels) {
            super(parent, values.stream().map(v -> v == null ? "" : labels.getText(v)).toArray(String[]::new), SWT.READ_ONLY);
            this.values = values;
        }

        @Override
        protected Object doGetValue() {
            Integer index = (Integer) super.doGetValue();
            return index == null || index < 0 || index >= values.size() ? null : values.get(index);
        }

        @Override
        protected void doSetValue(Object value) {
            Object raw = unwrap(value);
            super.doSetValue(Integer.valueOf(values.indexOf(raw)));
        }
    }

    /** A text field whose text is converted with the attribute's data type; bad text is refused. */
    static final class DataTypeCellEditor extends TextCellEditor {
        private final EAttribute attribute;

        DataTypeCellEditor(Composite parent, EAttribute attribute) {
            super(parent);
            this.attribute = attribute;
            setValidator(value -> {
                try {
                    convert((String) value);
                    return null;
                } catch (RuntimeException e) {
                    return "Not a valid " + attribute.getEAttributeType().getName() + ": " + value;
                }
            });
        }

        private Object convert(String text) {
            EStructuralFeature feature = attribute;
            if (text.isEmpty() && !feature.getEType().getInstanceClass().isPrimitive()) {
                return null;
            }
            return EcoreUtil.createFromString(attribute.getEAttributeType(), text);
        }

        @Override
        protected Object doGetValue() {
            String text = (String) super.doGetValue();
            return convert(text);
        }

        @Override
        protected void doSetValue(Object value) {
            Object raw = unwrap(value);
            super.doSetValue(raw == null ? "" : EcoreUtil.convertToString(attribute.getEAttributeType(), raw));
        }
    }

}
